import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { DueAlertItem, EventAlertItem, OverdueAlertItem, UntimedAlertItem } from '@/lib/server/alerts/list-alerts';
import type { FormAction } from '@/components/ui/use-action-form';
import { MarkDoneForm } from './mark-done-form';

const LINK = 'font-medium text-brand-700 underline-offset-2 hover:underline';
const LIST = 'divide-y divide-slate-200 overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-slate-200';

type Formatting = { locale: string; timeZone: string };

// The lists' links are not prefetched: a link or more an item would send dozens of requests per view.

/** The <date> tag of a message: its formatted text in a <time> carrying the machine-readable day. */
function dayTag(isoDate: string) {
  return function DayTag(chunks: ReactNode) {
    return <time dateTime={isoDate}>{chunks}</time>;
  };
}

/** What happened, newest first: each with its child, its course and a "Mark done". */
export async function EventAlertList({
  items,
  markDoneAction,
  locale,
  timeZone,
}: { items: readonly EventAlertItem[]; markDoneAction: FormAction } & Formatting) {
  const t = await getTranslations('alerts');
  return (
    <ul aria-label={t('alerts.title')} className={LIST}>
      {items.map((item) => {
        const kind = t(`kinds.${item.kind}`);
        const title = t('alertWithPatient', { alert: kind, patient: item.patientName });
        return (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0 space-y-1">
              <p className="font-medium text-slate-900">{kind}</p>
              <p className="flex flex-wrap gap-x-3 text-slate-700">
                <Link prefetch={false} href={`/patients/${item.patientId}`} className={LINK}>
                  {item.patientName}
                </Link>
                {item.kind === 'COURSE_COMPLETED' ? (
                  <Link prefetch={false} href={`/reports/courses/${item.courseId}`} className={LINK}>
                    {t('courseReport')}
                  </Link>
                ) : (
                  <Link prefetch={false} href={`/courses/${item.courseId}`} className={LINK}>
                    {item.session
                      ? t.rich('sessionOf', {
                          when: formatDate(item.session.scheduledOn, locale),
                          date: dayTag(item.session.scheduledOn),
                        })
                      : t('theCourse')}
                  </Link>
                )}
                <time dateTime={item.createdAt.toISOString()} className="text-xs text-slate-600">
                  {formatDateTime(item.createdAt, locale, timeZone)}
                </time>
              </p>
            </div>
            <MarkDoneForm action={markDoneAction} alertId={item.id} label={title} />
          </li>
        );
      })}
    </ul>
  );
}

/** Sessions whose day passed with nothing recorded, oldest first, each linking to its course. */
export async function OverdueAlertList({ items, locale }: { items: readonly OverdueAlertItem[]; locale: string }) {
  const t = await getTranslations('alerts');
  return (
    <ul aria-label={t('overdue.title')} className={LIST}>
      {items.map((item) => (
        <li key={item.sessionId} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link prefetch={false} href={`/courses/${item.courseId}`} className={LINK}>
            {item.patientName}
          </Link>
          <time dateTime={item.scheduledOn} className="text-slate-700">
            {formatDate(item.scheduledOn, locale)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** Clinic sessions to come with no time, soonest first, each linking to the page that books it. */
export async function UntimedAlertList({ items, locale }: { items: readonly UntimedAlertItem[]; locale: string }) {
  const t = await getTranslations('alerts');
  return (
    <ul aria-label={t('untimed.title')} className={LIST}>
      {items.map((item) => (
        <li key={item.sessionId} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <span className="font-medium text-slate-900">{item.patientName}</span>
          <Link prefetch={false} href={`/sessions/${item.sessionId}/time`} className={LINK}>
            {t.rich('bookSessionOf', {
              when: formatDate(item.scheduledOn, locale),
              date: dayTag(item.scheduledOn),
            })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Children whose next course may start, soonest first, each linking to the child. */
export async function DueAlertList({ items, locale }: { items: readonly DueAlertItem[]; locale: string }) {
  const t = await getTranslations('alerts');
  return (
    <ul aria-label={t('due.title')} className={LIST}>
      {items.map((item) => (
        <li key={item.patientId} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link prefetch={false} href={`/patients/${item.patientId}`} className={LINK}>
            {item.patientName}
          </Link>
          <span className="text-slate-700">
            {t.rich('dueSince', {
              when: formatDate(item.nextCourseDueOn, locale),
              date: dayTag(item.nextCourseDueOn),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
