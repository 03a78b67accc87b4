import Link from 'next/link';
import { STATUS_LABELS } from '@/components/sessions/labels';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { CancelledCourseItem, CorrectionItem, OverdueSessionItem } from '@/lib/server/review/list-record-review';

const LINK = 'font-medium text-brand-700 underline-offset-2 hover:underline';
const LIST = 'divide-y divide-slate-200 overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-slate-200';

type Formatting = { locale: string; timeZone: string };

/** Sessions whose day passed with nothing recorded, oldest first, each linking to its course. */
export function OverdueSessionList({ items, locale }: { items: readonly OverdueSessionItem[]; locale: string }) {
  return (
    <ul aria-label="Overdue sessions" className={LIST}>
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href={`/courses/${item.courseId}`} className={LINK}>
            {item.patientName}
          </Link>
          <span className="text-slate-700">
            <time dateTime={item.scheduledOn}>{formatDate(item.scheduledOn, locale)}</time> ·{' '}
            {item.therapistName ?? 'No therapist (home course)'}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function CancelledCourseList({
  items,
  locale,
  timeZone,
}: { items: readonly CancelledCourseItem[] } & Formatting) {
  return (
    <ul aria-label="Cancelled courses" className={LIST}>
      {items.map((item) => (
        <li key={item.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap justify-between gap-x-4">
            <Link href={`/courses/${item.id}`} className={LINK}>
              {item.patientName}: {item.diagnosis}
            </Link>
            {item.cancelledAt ? (
              <time dateTime={item.cancelledAt.toISOString()} className="text-xs text-slate-600">
                {formatDateTime(item.cancelledAt, locale, timeZone)}
              </time>
            ) : null}
          </p>
          <p className="break-words text-slate-700">
            {item.reason}{' '}
            {item.cancelledByName ? <span className="text-slate-500">({item.cancelledByName})</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

function correctedWhat(item: CorrectionItem): string {
  switch (item.record.type) {
    case 'SESSION':
      return `Session (was ${STATUS_LABELS[item.record.previousStatus].toLowerCase()})`;
    case 'PATIENT':
      return 'Patient details';
    case 'INDICATION':
      return 'Indication';
    default: {
      const unknown: never = item.record;
      return String(unknown);
    }
  }
}

function correctedHref(item: CorrectionItem): string {
  return item.record.type === 'SESSION' ? `/courses/${item.record.courseId}` : `/patients/${item.patientId}`;
}

export function CorrectionList({ items, locale, timeZone }: { items: readonly CorrectionItem[] } & Formatting) {
  return (
    <ul aria-label="Corrections" className={LIST}>
      {items.map((item) => (
        <li key={item.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap justify-between gap-x-4">
            <Link href={correctedHref(item)} className={LINK}>
              {item.patientName}: {correctedWhat(item)}
            </Link>
            <time dateTime={item.correctedAt.toISOString()} className="text-xs text-slate-600">
              {formatDateTime(item.correctedAt, locale, timeZone)}
            </time>
          </p>
          <p className="break-words text-slate-700">
            {item.reason} <span className="text-slate-500">({item.correctedByName})</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
