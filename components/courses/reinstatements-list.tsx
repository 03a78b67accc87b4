import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/i18n/format';
import type { ReinstatementItem } from '@/lib/server/courses/get-course-corrections';

type Props = { reinstatements: readonly ReinstatementItem[]; locale: string; timeZone: string };

/** Each time the course was put back into effect, newest first, with the cancellation it undid. */
export function ReinstatementsList({ reinstatements, locale, timeZone }: Props) {
  const t = useTranslations('courses.reinstatements');
  return (
    <ol aria-label={t('label')} className="divide-y divide-slate-100 text-sm">
      {reinstatements.map((item) => (
        <li key={item.id} className="space-y-1 py-2 first:pt-0 last:pb-0">
          <p className="break-words text-slate-900">{t('reinstated', { reason: item.reason })}</p>
          <p className="break-words text-slate-700">{t('cancelled', { reason: item.cancelReason })}</p>
          <p className="break-words text-xs text-slate-600">
            {t('by', { name: item.reinstatedByName })}{' '}
            <time dateTime={item.reinstatedAt.toISOString()} className="whitespace-nowrap">
              {formatDateTime(item.reinstatedAt, locale, timeZone)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
