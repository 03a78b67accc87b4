import type { ReactNode } from 'react';
import {
  BODY_AREAS,
  CONTRAINDICATION_IDS,
  CONTRAINDICATIONS,
  type Contraindication,
  type ContraindicationKind,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';

/** What each kind of contraindication does to a course, in the order a screening weighs them. */
const KINDS = [
  { kind: 'ABSOLUTE', title: 'Absolute', effect: 'No massage at all until a doctor clears it.' },
  {
    kind: 'TEMPORARY',
    title: 'Temporary',
    effect: 'No massage today: the course is kept and starts or resumes once the baby has recovered.',
  },
  {
    kind: 'LOCAL',
    title: 'Local',
    effect: 'Massage goes on, leaving out the affected body area until the skin has healed.',
  },
  {
    kind: 'PROFESSIONAL_ONLY',
    title: 'Professional only',
    effect: (
      <>
        The texts disagree: one lists it as a contraindication <SourceRefs ids={['002']} inline />, another says a
        special course helps <SourceRefs ids={['001']} inline />. Only a therapeutic course by a professional massage
        therapist on a doctor’s prescription; preventive, corrective and home massage are refused.
      </>
    ),
  },
] as const satisfies readonly { kind: ContraindicationKind; title: string; effect: ReactNode }[];

/** Screened before prescribing and before each session; grouped by what they do. */
export function ContraindicationsSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro="Screened before a course is prescribed and before every session. An unanswered item counts as not cleared."
    >
      {KINDS.map(({ kind, title: kindTitle, effect }) => {
        const items = CONTRAINDICATION_IDS.filter((itemId) => CONTRAINDICATIONS[itemId].kind === kind);
        return (
          <GuidelineGroup
            key={kind}
            title={`${kindTitle} (${items.length})`}
            intro={<p className="font-medium text-slate-800">{effect}</p>}
          >
            <RuleList label={`${kindTitle} contraindications`}>
              {items.map((itemId) => {
                const item: Contraindication = CONTRAINDICATIONS[itemId];
                return (
                  <RuleItem key={itemId} title={item.label} sources={item.source}>
                    {item.area ? <p>Leaves out: {BODY_AREAS[item.area].label.toLowerCase()}.</p> : null}
                  </RuleItem>
                );
              })}
            </RuleList>
          </GuidelineGroup>
        );
      })}
    </GuidelineSection>
  );
}
