import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { CancelledCourseItem, CorrectionItem, OverdueSessionItem } from '@/lib/server/review/list-record-review';

const LINK = 'font-medium text-brand-700 underline-offset-2 hover:underline';
const LIST = 'divide-y divide-slate-200 overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-slate-200';

type Formatting = { locale: string; timeZone: string };
type Translate = Awaited<ReturnType<typeof getTranslations<'review'>>>;

/** Sessions whose day passed with nothing recorded, oldest first, each linking to its course. */
export async function OverdueSessionList({ items, locale }: { items: readonly OverdueSessionItem[]; locale: string }) {
  const t = await getTranslations('review');
  return (
    <ul aria-label={t('overdue.title')} className={LIST}>
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href={`/courses/${item.courseId}`} className={LINK}>
            {item.patientName}
          </Link>
          <span className="text-slate-700">
            <time dateTime={item.scheduledOn}>{formatDate(item.scheduledOn, locale)}</time> ·{' '}
            {item.therapistName ?? t('overdue.noTherapist')}
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function CancelledCourseList({
  items,
  locale,
  timeZone,
}: { items: readonly CancelledCourseItem[] } & Formatting) {
  const t = await getTranslations('review');
  return (
    <ul aria-label={t('cancelled.title')} className={LIST}>
      {items.map((item) => (
        <li key={item.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap justify-between gap-x-4">
            <Link href={`/courses/${item.id}`} className={LINK}>
              {t('patientAndWhat', { patient: item.patientName, what: item.diagnosis })}
            </Link>
            {item.cancelledAt ? (
              <time dateTime={item.cancelledAt.toISOString()} className="text-xs text-slate-600">
                {formatDateTime(item.cancelledAt, locale, timeZone)}
              </time>
            ) : null}
          </p>
          <p className="break-words text-slate-700">
            {item.reason}{' '}
            {item.cancelledByName ? (
              <span className="text-slate-500">{t('byWhom', { name: item.cancelledByName })}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

function correctedWhat(item: CorrectionItem, t: Translate): string {
  switch (item.record.type) {
    case 'SESSION':
      return t('corrected.SESSION', { status: t(`statuses.${item.record.previousStatus}`) });
    case 'PATIENT':
      return t('corrected.PATIENT');
    case 'INDICATION':
      return t('corrected.INDICATION');
    default: {
      const unknown: never = item.record;
      return String(unknown);
    }
  }
}

function correctedHref(item: CorrectionItem): string {
  return item.record.type === 'SESSION' ? `/courses/${item.record.courseId}` : `/patients/${item.patientId}`;
}

export async function CorrectionList({ items, locale, timeZone }: { items: readonly CorrectionItem[] } & Formatting) {
  const t = await getTranslations('review');
  return (
    <ul aria-label={t('corrections.title')} className={LIST}>
      {items.map((item) => (
        <li key={item.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap justify-between gap-x-4">
            <Link href={correctedHref(item)} className={LINK}>
              {t('patientAndWhat', { patient: item.patientName, what: correctedWhat(item, t) })}
            </Link>
            <time dateTime={item.correctedAt.toISOString()} className="text-xs text-slate-600">
              {formatDateTime(item.correctedAt, locale, timeZone)}
            </time>
          </p>
          <p className="break-words text-slate-700">
            {item.reason} <span className="text-slate-500">{t('byWhom', { name: item.correctedByName })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
