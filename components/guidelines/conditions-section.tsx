import { Badge } from '@/components/ui/card';
import {
  BODY_AREAS,
  CONDITION_STEPS,
  THERAPEUTIC_CONDITION_CODES,
  THERAPEUTIC_CONDITIONS,
  TECHNIQUES,
  type TherapeuticCondition,
} from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';

/** Conditions a therapeutic course treats, with the steps each adds to the routine. */
export function ConditionsSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro="When a diagnosis names one of these (by words or an ICD-10 code), the proposed routine adds its steps to the area they belong to and leaves out what the condition rules out; the prescriber confirms. A doctor’s edit of the routine is checked against the same limits."
    >
      <ul aria-label="Therapeutic conditions" className="divide-y divide-slate-200">
        {THERAPEUTIC_CONDITION_CODES.map((code) => {
          const condition: TherapeuticCondition = THERAPEUTIC_CONDITIONS[code];
          return (
            <li key={code} className="space-y-2 py-4 break-inside-avoid first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <h3 className="font-semibold text-slate-900">{condition.label}</h3>
                {condition.professionalOnly ? <Badge tone="warn">Professional only</Badge> : null}
                <span className="text-xs text-slate-500">ICD-10: {condition.icd10Prefixes.join(', ')}</span>
              </div>
              {condition.steps.length > 0 ? (
                <div className="text-sm">
                  <p className="font-medium text-slate-800">Extra steps</p>
                  <ol className="mt-1 list-decimal space-y-2 pl-5 text-slate-700">
                    {condition.steps.map((stepId) => {
                      const step = CONDITION_STEPS[stepId];
                      return (
                        <li key={stepId}>
                          <span className="font-medium text-slate-900">
                            {BODY_AREAS[step.area].label}, {TECHNIQUES[step.technique].label.toLowerCase()}
                            {step.repetitions === null ? '' : ` × ${step.repetitions}`}:
                          </span>{' '}
                          {step.direction} <SourceRefs ids={step.source} />
                        </li>
                      );
                    })}
                  </ol>
                </div>
              ) : (
                <p className="text-sm text-slate-700">No extra steps: the professional sets the massage.</p>
              )}
              <ConditionLimits condition={condition} />
              {condition.advice.length > 0 ? (
                <div className="text-sm">
                  <p className="font-medium text-slate-800">Advice</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                    {condition.advice.map((advice) => (
                      <li key={advice}>
                        <CitedText text={advice} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <SourceRefs ids={condition.source} />
            </li>
          );
        })}
      </ul>
    </GuidelineSection>
  );
}

/** What the condition rules out or limits, and whether it may be done at home. */
function ConditionLimits({ condition }: { condition: TherapeuticCondition }) {
  if (condition.limits.length === 0 && !condition.professionalOnly) return null;
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-800">Rules out</p>
      <ul aria-label={`What ${condition.label} rules out`} className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
        {condition.professionalOnly ? (
          <li>
            Home courses: clinic sessions only
            {condition.professionalReason ? `, because ${condition.professionalReason}` : ''}.
          </li>
        ) : null}
        {condition.limits.map((limit) => (
          <li key={limit.kind}>
            {limit.reason.charAt(0).toUpperCase() + limit.reason.slice(1)} <SourceRefs ids={limit.source} inline />.
          </li>
        ))}
      </ul>
    </div>
  );
}
