import { Badge } from '@/components/ui/card';
import {
  CLINIC_DEFAULT_FIELDS,
  INDICATION_KIND_IDS,
  INDICATION_KINDS,
  UMBILICAL_WOUND_RULE,
  type ClinicDefaults,
} from '@/lib/domain/rules';
import { describeAgeDays } from '@/lib/domain/rules/format';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

/** Kinds of massage (who prescribes, who performs) and when a course may start. */
export function StartingSection({ id, title, defaults }: { id: string; title: string; defaults: ClinicDefaults }) {
  const read = useTranslateMessage();
  const minimum = CLINIC_DEFAULT_FIELDS.minimumStartAgeDays;
  const cautious = CLINIC_DEFAULT_FIELDS.cautiousStartAgeDays;
  return (
    <GuidelineSection id={id} title={title}>
      <GuidelineGroup title="Kinds of massage">
        <RuleList label="Kinds of massage">
          {INDICATION_KIND_IDS.map((kind) => {
            const info = INDICATION_KINDS[kind];
            return (
              <RuleItem
                key={kind}
                title={info.label}
                badge={info.requiresDoctor ? <Badge tone="info">Doctor’s prescription</Badge> : null}
                sources={info.source}
              >
                <p>{info.purpose}</p>
                <p>
                  <span className="font-medium">Prescribed by:</span> {info.prescribedBy}.{' '}
                  <span className="font-medium">Performed by:</span> {info.performedBy}.
                </p>
              </RuleItem>
            );
          })}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup
        title="Starting age"
        intro={
          <>
            Ages are corrected ages for a baby born before 37 weeks when the gestational age (weeks and days) is
            recorded; premature babies benefit especially <SourceRefs ids={['001']} inline />. A baby not yet at term is
            too young for a course. The rules count the age as the pages show it: days and weeks until 2 months, then
            whole calendar months, so a baby shown as 2, 6 or 12 months has reached the 2-, 6- or 12-month rules.
          </>
        }
      >
        <RuleList label="Starting age">
          <RuleItem
            title={`Refused under ${read(describeAgeDays(defaults.minimumStartAgeDays))}`}
            badge={<Badge>Clinic setting</Badge>}
            sources={minimum.source}
          >
            <p>{minimum.help}</p>
            <p>
              Sources allow {minimum.min}–{minimum.max} days. <CitedText text={minimum.sourceNote} />
            </p>
          </RuleItem>
          <RuleItem
            title={`Warning under ${read(describeAgeDays(defaults.cautiousStartAgeDays))}`}
            badge={<Badge>Clinic setting</Badge>}
            sources={cautious.source}
          >
            <p>{cautious.help} Gentle stroking only and short sessions when starting this young.</p>
            <p>
              Sources allow {cautious.min}–{cautious.max} days. <CitedText text={cautious.sourceNote} />
            </p>
          </RuleItem>
          <RuleItem title={UMBILICAL_WOUND_RULE.title} sources={UMBILICAL_WOUND_RULE.source}>
            <p>The course may start; the tummy is left out until the healing is recorded.</p>
          </RuleItem>
        </RuleList>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
