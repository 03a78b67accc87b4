import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
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
import { SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';
import { SourcesAllow } from './sources-allow';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

const START_AGE_FIELDS = ['minimumStartAgeDays', 'cautiousStartAgeDays'] as const;

/** Kinds of massage (who prescribes, who performs) and when a course may start. */
export function StartingSection({ id, title, defaults }: { id: string; title: string; defaults: ClinicDefaults }) {
  const read = useTranslateMessage();
  const t = useTranslations('guidelines');
  const rules = useTranslations('rules');
  const settings = useTranslations('settings');
  const bold = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;
  return (
    <GuidelineSection id={id} title={title}>
      <GuidelineGroup title={t('starting.kindsTitle')}>
        <RuleList label={t('starting.kindsTitle')}>
          {INDICATION_KIND_IDS.map((kind) => {
            const info = INDICATION_KINDS[kind];
            return (
              <RuleItem
                key={kind}
                title={rules(`indicationKinds.${kind}.label`)}
                badge={info.requiresDoctor ? <Badge tone="info">{t('starting.doctorsPrescription')}</Badge> : null}
                sources={info.source}
              >
                <p>{rules(`indicationKinds.${kind}.purpose`)}</p>
                <p>
                  {t.rich('starting.prescribedBy', { who: rules(`indicationKinds.${kind}.prescribedBy`), b: bold })}{' '}
                  {t.rich('starting.performedBy', { who: rules(`indicationKinds.${kind}.performedBy`), b: bold })}
                </p>
              </RuleItem>
            );
          })}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup
        title={t('starting.ageTitle')}
        intro={t.rich('starting.ageIntro', { sources: () => <SourceRefs ids={['001']} inline /> })}
      >
        <RuleList label={t('starting.ageTitle')}>
          {START_AGE_FIELDS.map((field) => {
            const description = CLINIC_DEFAULT_FIELDS[field];
            const age = read(describeAgeDays(defaults[field]));
            return (
              <RuleItem
                key={field}
                title={
                  field === 'minimumStartAgeDays'
                    ? t('starting.refusedUnder', { age })
                    : t('starting.warningUnder', { age })
                }
                badge={<Badge>{t('clinicSetting')}</Badge>}
                sources={description.source}
              >
                <p>
                  {settings(`defaults.help.${field}`)}
                  {field === 'cautiousStartAgeDays' ? ` ${t('starting.startingYoung')}` : null}
                </p>
                <p>
                  <SourcesAllow field={field} />
                </p>
              </RuleItem>
            );
          })}
          <RuleItem title={rules('umbilicalWound')} sources={UMBILICAL_WOUND_RULE.source}>
            <p>{t('starting.umbilicalWound')}</p>
          </RuleItem>
        </RuleList>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
