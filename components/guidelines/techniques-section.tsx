import { CitedText } from '@/components/shared/source-refs';
import { Badge } from '@/components/ui/card';
import { TECHNIQUE_IDS, TECHNIQUES } from '@/lib/domain/rules';
import { ageFromDays, ageRangeFromDays } from './format';
import { GuidelineSection } from './guideline-section';
import { RuleItem, RuleList } from './rule-item';

/** Techniques in the order they are introduced, with the guide's age and the sources' range. */
export function TechniquesSection({ id, title }: { id: string; title: string }) {
  const byAge = [...TECHNIQUE_IDS].sort((a, b) => TECHNIQUES[a].fromAgeDays - TECHNIQUES[b].fromAgeDays);
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro="Each technique is added at the age shown (the guide’s choice where the texts disagree); the sources’ earliest and latest starting ages stay visible."
    >
      <RuleList label="Techniques by age">
        {byAge.map((technique) => {
          const info = TECHNIQUES[technique];
          const { min, max } = info.sourceFromAgeDays;
          return (
            <RuleItem
              key={technique}
              title={
                <>
                  {info.label}{' '}
                  <span className="font-normal text-slate-600">· from {ageFromDays(info.fromAgeDays)}</span>
                </>
              }
              badge={info.professionalOnly ? <Badge tone="warn">Professional only</Badge> : null}
              sources={info.source}
            >
              <p>{info.how}</p>
              <p>
                <span className="font-medium">Sources’ range:</span>{' '}
                {min === max ? `from ${ageFromDays(min)}` : `from ${ageRangeFromDays(min, max)}`}.{' '}
                <CitedText text={info.sourceNote} />
              </p>
            </RuleItem>
          );
        })}
      </RuleList>
    </GuidelineSection>
  );
}
