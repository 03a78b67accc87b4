import { formatDateTime } from '@/lib/i18n/format';
import type { TherapistChangeItem } from '@/lib/server/courses/list-therapist-changes';

type Props = { changes: readonly TherapistChangeItem[]; locale: string; timeZone: string };

/** Each hand-over of the course, newest first: from whom to whom on one line, who and when below. */
export function TherapistChangesList({ changes, locale, timeZone }: Props) {
  return (
    <ol aria-label="Therapist changes" className="divide-y divide-slate-100 text-sm">
      {changes.map((change) => (
        <li key={change.id} className="py-2 first:pt-0 last:pb-0">
          <p className="break-words text-slate-900">
            {change.fromTherapistName ?? 'No therapist'} → {change.toTherapistName}
          </p>
          <p className="break-words text-xs text-slate-600">
            by {change.changedByName},{' '}
            <time dateTime={change.changedAt.toISOString()} className="whitespace-nowrap">
              {formatDateTime(change.changedAt, locale, timeZone)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
