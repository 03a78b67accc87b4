import Link from 'next/link';
import { ALERT_TITLES } from '@/lib/domain/alerts';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { DueAlertItem, EventAlertItem, OverdueAlertItem } from '@/lib/server/alerts/list-alerts';
import type { FormAction } from '@/components/ui/use-action-form';
import { MarkDoneForm } from './mark-done-form';

const LINK = 'font-medium text-brand-700 underline-offset-2 hover:underline';
const LIST = 'divide-y divide-slate-200 overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-slate-200';

type Formatting = { locale: string; timeZone: string };

/** What happened, newest first: each with its child, its course and a "Mark done". */
export function EventAlertList({
  items,
  markDoneAction,
  locale,
  timeZone,
}: { items: readonly EventAlertItem[]; markDoneAction: FormAction } & Formatting) {
  return (
    <ul aria-label="Alerts" className={LIST}>
      {items.map((item) => {
        const title = `${ALERT_TITLES[item.kind]}: ${item.patientName}`;
        return (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0 space-y-1">
              <p className="font-medium text-slate-900">{ALERT_TITLES[item.kind]}</p>
              <p className="flex flex-wrap gap-x-3 text-slate-700">
                <Link href={`/patients/${item.patientId}`} className={LINK}>
                  {item.patientName}
                </Link>
                {item.kind === 'COURSE_COMPLETED' ? (
                  <Link href={`/reports/courses/${item.courseId}`} className={LINK}>
                    The course report
                  </Link>
                ) : (
                  <Link href={`/courses/${item.courseId}`} className={LINK}>
                    {item.session ? (
                      <>
                        Session of{' '}
                        <time dateTime={item.session.scheduledOn}>{formatDate(item.session.scheduledOn, locale)}</time>
                      </>
                    ) : (
                      'The course'
                    )}
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
export function OverdueAlertList({ items, locale }: { items: readonly OverdueAlertItem[]; locale: string }) {
  return (
    <ul aria-label="Overdue sessions" className={LIST}>
      {items.map((item) => (
        <li key={item.sessionId} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href={`/courses/${item.courseId}`} className={LINK}>
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

/** Children whose next course may start, soonest first, each linking to the child. */
export function DueAlertList({ items, locale }: { items: readonly DueAlertItem[]; locale: string }) {
  return (
    <ul aria-label="Children due for a course" className={LIST}>
      {items.map((item) => (
        <li key={item.patientId} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href={`/patients/${item.patientId}`} className={LINK}>
            {item.patientName}
          </Link>
          <span className="text-slate-700">
            Due since <time dateTime={item.nextCourseDueOn}>{formatDate(item.nextCourseDueOn, locale)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
