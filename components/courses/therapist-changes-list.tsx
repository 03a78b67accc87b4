import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/i18n/format';
import type { TherapistChangeItem } from '@/lib/server/courses/list-therapist-changes';

type Props = { changes: readonly TherapistChangeItem[]; locale: string; timeZone: string };

/** Each hand-over of the course, newest first: from whom to whom on one line, who and when below. */
export function TherapistChangesList({ changes, locale, timeZone }: Props) {
  const t = useTranslations('courses.therapistChanges');
  return (
    <ol aria-label={t('label')} className="divide-y divide-slate-100 text-sm">
      {changes.map((change) => (
        <li key={change.id} className="py-2 first:pt-0 last:pb-0">
          <p className="break-words text-slate-900">
            {change.fromTherapistName ?? t('noTherapist')} → {change.toTherapistName}
          </p>
          <p className="break-words text-xs text-slate-600">
            {t('by', { name: change.changedByName })}{' '}
            <time dateTime={change.changedAt.toISOString()} className="whitespace-nowrap">
              {formatDateTime(change.changedAt, locale, timeZone)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
