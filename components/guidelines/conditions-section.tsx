import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import {
  CONDITION_STEPS,
  THERAPEUTIC_CONDITION_CODES,
  THERAPEUTIC_CONDITIONS,
  type TherapeuticCondition,
} from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';

/** Conditions a therapeutic course treats, with the steps each adds to the routine. */
export async function ConditionsSection({ id, title }: { id: string; title: string }) {
  const [t, rules] = await Promise.all([getTranslations('guidelines'), getTranslations('rules')]);
  return (
    <GuidelineSection id={id} title={title} intro={t('conditions.intro')}>
      <ul aria-label={t('conditions.listLabel')} className="divide-y divide-slate-200">
        {THERAPEUTIC_CONDITION_CODES.map((code) => {
          const condition: TherapeuticCondition = THERAPEUTIC_CONDITIONS[code];
          return (
            <li key={code} className="space-y-2 py-4 break-inside-avoid first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <h3 className="font-semibold text-slate-900">{rules(`conditions.${code}`)}</h3>
                {condition.professionalOnly ? <Badge tone="warn">{t('techniques.professionalOnly')}</Badge> : null}
                <span className="text-xs text-slate-500">
                  {t('conditions.icd10', { codes: condition.icd10Prefixes.join(', ') })}
                </span>
              </div>
              {condition.steps.length > 0 ? (
                <div className="text-sm">
                  <p className="font-medium text-slate-800">{t('conditions.extraSteps')}</p>
                  <ol className="mt-1 list-decimal space-y-2 pl-5 text-slate-700">
                    {condition.steps.map((stepId) => {
                      const step = CONDITION_STEPS[stepId];
                      return (
                        <li key={stepId}>
                          <span className="font-medium text-slate-900">
                            {rules(`bodyAreas.${step.area}.label`)},{' '}
                            {rules(`techniques.${step.technique}.label`).toLowerCase()}
                            {step.repetitions === null ? '' : ` × ${step.repetitions}`}:
                          </span>{' '}
                          {rules(`conditionSteps.${stepId}`)} <SourceRefs ids={step.source} />
                        </li>
                      );
                    })}
                  </ol>
                </div>
              ) : (
                <p className="text-sm text-slate-700">{t('conditions.noExtraSteps')}</p>
              )}
              <ConditionLimits condition={condition} name={rules(`conditions.${code}`)} />
              {condition.advice.length > 0 ? (
                <div className="text-sm">
                  <p className="font-medium text-slate-800">{t('conditions.advice')}</p>
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
async function ConditionLimits({ condition, name }: { condition: TherapeuticCondition; name: string }) {
  if (condition.limits.length === 0 && !condition.professionalOnly) return null;
  const t = await getTranslations('guidelines.conditions');
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-800">{t('rulesOut')}</p>
      <ul
        aria-label={t('rulesOutLabel', { condition: name })}
        className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700"
      >
        {condition.professionalOnly ? (
          <li>
            {condition.professionalReason
              ? t('homeCoursesBecause', { reason: condition.professionalReason })
              : t('homeCourses')}
            .
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
