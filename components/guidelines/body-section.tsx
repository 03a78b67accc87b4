import {
  AREA_TECHNIQUES,
  BODY_AREA_IDS,
  BODY_AREAS,
  DIRECTION_RULES,
  NEVER_MASSAGED_ZONE_IDS,
  NEVER_MASSAGED_ZONES,
  SESSION_CHAIN,
  TECHNIQUES,
  type TechniqueGroup,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';

/** Parts of the body never massaged in an infant, with the areas whose steps pass near them. */
export function NeverMassagedSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection id={id} title={title} intro="Whatever the age or the indication.">
      <RuleList label="Areas never massaged">
        {NEVER_MASSAGED_ZONE_IDS.map((zone) => {
          const info = NEVER_MASSAGED_ZONES[zone];
          return (
            <RuleItem key={zone} title={info.label} sources={info.source}>
              <p>
                <CitedText text={info.note} />
              </p>
              <p className="text-slate-500">
                Take care when working on:{' '}
                {info.nearAreas.map((area) => BODY_AREAS[area].label.toLowerCase()).join(', ')}.
              </p>
            </RuleItem>
          );
        })}
      </RuleList>
    </GuidelineSection>
  );
}

const GROUP_LABELS = {
  STROKING: 'Stroking',
  RUBBING: 'Rubbing',
  KNEADING: 'Kneading',
  VIBRATION: 'Vibration',
  GYMNASTICS: 'Gymnastics',
  POINT: 'Acupressure',
} as const satisfies Record<TechniqueGroup, string>;

/** Directions that hold for every step, the chain of techniques and the order of the areas. */
export function DirectionsSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection id={id} title={title}>
      <GuidelineGroup title="Directions">
        <RuleList label="Directions">
          {DIRECTION_RULES.map((rule) => (
            <RuleItem key={rule.id} title={rule.text} sources={rule.source} />
          ))}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup
        title="The order of techniques"
        intro="Every area follows this chain: stroking opens, separates and closes the other techniques, so every session begins and ends with stroking."
      >
        <div className="break-inside-avoid space-y-2">
          <ol aria-label="Order of techniques" className="flex flex-wrap items-center gap-1.5 text-sm">
            {SESSION_CHAIN.order.map((group, index) => (
              <li key={index} className="flex items-center gap-1.5">
                {index > 0 ? (
                  <span aria-hidden="true" className="text-slate-400">
                    →
                  </span>
                ) : null}
                <span
                  className={`rounded-full px-2.5 py-0.5 ${group === 'STROKING' ? 'bg-brand-50 text-brand-800 ring-1 ring-brand-100' : 'bg-slate-100 text-slate-800'}`}
                >
                  {GROUP_LABELS[group]}
                </span>
              </li>
            ))}
          </ol>
          <SourceRefs ids={SESSION_CHAIN.source} />
        </div>
      </GuidelineGroup>
      <GuidelineGroup
        title="The order of the body areas"
        intro={
          <>
            A session works through the areas in this order: hands, legs, chest, tummy, then the back{' '}
            <SourceRefs ids={['000']} inline />.
          </>
        }
      >
        <ol aria-label="Order of the body areas" className="divide-y divide-slate-200">
          {BODY_AREA_IDS.map((area, index) => {
            const info = BODY_AREAS[area];
            return (
              <li key={area} className="space-y-1 py-3 break-inside-avoid first:pt-0 last:pb-0">
                <p className="font-medium text-slate-900">
                  {index + 1}. {info.label}
                </p>
                <div className="space-y-1 text-sm text-slate-700">
                  <p>{info.direction}</p>
                  <p>
                    <span className="font-medium">Why:</span> {info.benefit}
                  </p>
                  <p>
                    <span className="font-medium">Techniques used:</span>{' '}
                    {AREA_TECHNIQUES[area].map((technique) => TECHNIQUES[technique].label.toLowerCase()).join(', ')}.
                  </p>
                </div>
                <SourceRefs ids={info.source} />
              </li>
            );
          })}
        </ol>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
