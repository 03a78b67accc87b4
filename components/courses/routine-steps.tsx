import { useLocale, useTranslations } from 'next-intl';
import { EmptyState } from '@/components/ui/card';
import { SourceRefs } from '@/components/shared/source-refs';
import { SESSION_CHAIN, type RoutineStep } from '@/lib/domain/rules';
import { quantities } from '@/lib/i18n/format';

/** The course's session routine as stored: every step in the prescribed order. */
export function RoutineSteps({ steps }: { steps: readonly RoutineStep[] | null }) {
  const t = useTranslations('courses.routine');
  const rules = useTranslations('rules');
  const format = quantities(useLocale());
  if (steps === null) return <EmptyState title={t('empty')} />;
  const total = steps.reduce((sum, step) => sum + step.minutes, 0);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {t('summary', { count: steps.length, total: format.minutes(total) })}{' '}
        <SourceRefs ids={SESSION_CHAIN.source} inline />.
      </p>
      <ol aria-label={t('label')} className="divide-y divide-slate-200">
        {steps.map((step, index) => (
          <li key={index} className="course-row py-2">
            <span className="course-row-number w-6">{index + 1}.</span>
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">
                <span data-step-title>
                  {rules(`bodyAreas.${step.area}.label`)} · {rules(`techniques.${step.technique}.label`)}
                </span>
                <span className="font-normal text-slate-600">
                  {' '}
                  · {step.repetitions !== null ? `${t('repetitions', { count: step.repetitions })} · ` : ''}
                  {format.minutes(step.minutes)}
                </span>
              </p>
              <p className="break-words text-sm text-slate-700">{step.direction}</p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
