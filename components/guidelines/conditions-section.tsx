import { getMessages, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import {
  CONDITION_STEPS,
  THERAPEUTIC_CONDITION_CODES,
  THERAPEUTIC_CONDITIONS,
  type TherapeuticCondition,
  type TherapeuticConditionCode,
} from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';

/** Conditions a therapeutic course treats, with the steps each adds to the routine. */
export async function ConditionsSection({ id, title }: { id: string; title: string }) {
  const [t, rules, { rules: texts }] = await Promise.all([
    getTranslations('guidelines'),
    getTranslations('rules'),
    getMessages(),
  ]);
  return (
    <GuidelineSection id={id} title={title} intro={t('conditions.intro')}>
      <ul aria-label={t('conditions.listLabel')} className="divide-y divide-slate-200">
        {THERAPEUTIC_CONDITION_CODES.map((code) => {
          const condition: TherapeuticCondition = THERAPEUTIC_CONDITIONS[code];
          // Lists (numbered in the domain's order) are read whole from the catalog.
          const advice: string[] = Object.values(texts.conditionAdvice[code]);
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
              <ConditionLimits code={code} name={rules(`conditions.${code}`)} />
              {advice.length > 0 ? (
                <div className="text-sm">
                  <p className="font-medium text-slate-800">{t('conditions.advice')}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                    {advice.map((text) => (
                      <li key={text}>
                        <CitedText text={text} />
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
async function ConditionLimits({ code, name }: { code: TherapeuticConditionCode; name: string }) {
  const condition: TherapeuticCondition = THERAPEUTIC_CONDITIONS[code];
  if (condition.limits.length === 0 && !condition.professionalOnly) return null;
  const [t, { rules: texts }] = await Promise.all([getTranslations('guidelines.conditions'), getMessages()]);
  const reasons: Partial<Record<string, string>> = texts.conditionLimits[code];
  const professionalReason = (texts.professionalReasons as Partial<Record<string, string>>)[code];
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-800">{t('rulesOut')}</p>
      <ul
        aria-label={t('rulesOutLabel', { condition: name })}
        className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700"
      >
        {condition.professionalOnly ? (
          <li>{professionalReason ? t('homeCoursesBecause', { reason: professionalReason }) : t('homeCourses')}.</li>
        ) : null}
        {condition.limits.map((limit) => {
          const reason = reasons[limit.kind] ?? limit.reason;
          return (
            <li key={limit.kind}>
              {reason.charAt(0).toUpperCase() + reason.slice(1)} <SourceRefs ids={limit.source} inline />.
            </li>
          );
        })}
      </ul>
    </div>
  );
}
