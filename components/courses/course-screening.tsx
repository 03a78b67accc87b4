import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/card';
import { formatDate } from '@/lib/i18n/format';
import type { CourseDetail } from '@/lib/server/courses/get-course';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** The contraindication screening done when the course was prescribed, as stored with it. */
export function CourseScreening({ screening, locale }: { screening: CourseDetail['screening']; locale: string }) {
  const t = useTranslations('courses.screening');
  const rules = useTranslations('rules');
  const read = useTranslateMessage();
  if (screening === null) return <EmptyState title={t('empty')} />;
  return (
    <div className="space-y-4">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term={t('screened')}>
          {t('screenedOn', { date: formatDate(screening.screenedOn, locale), name: screening.screenedByName })}
        </Item>
        <Item term={t('present')}>
          {screening.present.length === 0 ? (
            t('nonePresent')
          ) : (
            <ul aria-label={t('presentLabel')} className="space-y-0.5">
              {screening.present.map((id) => (
                <li key={id}>{rules(`contraindications.${id}`)}</li>
              ))}
            </ul>
          )}
        </Item>
        <Item term={t('leftOut')}>
          {screening.excludedAreas.length === 0
            ? t('noArea')
            : screening.excludedAreas.map((area) => rules(`bodyAreas.${area}.label`)).join(', ')}
        </Item>
        {screening.postponedFor.length > 0 ? (
          <Item term={t('postponedFor')}>{screening.postponedFor.join('; ')}</Item>
        ) : null}
      </dl>
      {screening.warnings.length > 0 ? (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
          <p className="font-semibold">{t('warnings')}</p>
          <ul aria-label={t('warningsLabel')} className="mt-1 list-disc space-y-1 pl-5">
            {screening.warnings.map((warning) => (
              <li key={warning} className="break-words">
                {read(warning)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
