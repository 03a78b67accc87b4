import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { Badge, EmptyState } from '@/components/ui/card';
import { formatSessionTime } from '@/components/shared/format-session-date';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate, quantities } from '@/lib/i18n/format';
import { getLocale } from '@/lib/i18n/locale';

export type AgendaItem = {
  id: string;
  scheduledOn: IsoDate;
  startMinute: number | null;
  endMinute: number | null;
  room: string | null;
  isMakeUp: boolean;
  courseId: string;
  patientName: string;
  diagnosis: string;
  plannedMinutes: number;
};

type AgendaSectionProps = {
  id: string;
  title: string;
  description?: string;
  items: readonly AgendaItem[];
  /** How many there are when the list shows only the first ones. */
  total?: number;
  emptyText: string;
  locale: string;
  /** Marks every row, e.g. "Overdue". */
  tag?: ReactNode;
  /** Rows within one day show the time first; lists across days show the date too. */
  showsDate?: boolean;
};

/**
 * One group of the therapist's sessions (to record, one day), named for assistive technology. Its
 * links are not prefetched: two a session would send dozens of requests per view of a busy day.
 */
export async function AgendaSection({
  id,
  title,
  description,
  items,
  total = items.length,
  emptyText,
  locale,
  tag,
  showsDate = false,
}: AgendaSectionProps) {
  const t = await getTranslations('sessions.agenda');
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div className="mb-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {title} <span className="text-sm font-normal text-slate-500">({total})</span>
        </h2>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={emptyText} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <AgendaRow key={item.id} item={item} locale={locale} tag={tag} showsDate={showsDate} />
          ))}
        </ul>
      )}
      {total > items.length ? (
        <p className="mt-3 text-sm text-slate-600">{t('oldestShown', { shown: items.length, total })}</p>
      ) : null}
    </section>
  );
}

async function AgendaRow({
  item,
  locale,
  tag,
  showsDate,
}: {
  item: AgendaItem;
  locale: string;
  tag?: ReactNode;
  showsDate: boolean;
}) {
  const [t, tCommon, interfaceLocale] = await Promise.all([
    getTranslations('sessions.agenda'),
    getTranslations('common'),
    getLocale(),
  ]);
  const date = formatWeekdayDate(item.scheduledOn, locale);
  const time = formatSessionTime(item, locale) ?? tCommon('timeNotSet');
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 gap-3">
        <p className="w-24 shrink-0 text-sm font-semibold tabular-nums text-slate-900">{time}</p>
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <Link
              prefetch={false}
              href={`/courses/${item.courseId}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {item.patientName}
            </Link>
            {tag}
            {item.isMakeUp ? <Badge tone="info">{t('makeUp')}</Badge> : null}
          </p>
          <p className="text-sm text-slate-600">
            {showsDate ? (
              <>
                <time dateTime={item.scheduledOn}>{date}</time> ·{' '}
              </>
            ) : null}
            {quantities(interfaceLocale).minutes(item.plannedMinutes)} ·{' '}
            <span className="break-words">{item.diagnosis}</span>
          </p>
        </div>
      </div>
      <Link
        prefetch={false}
        href={`/sessions/${item.id}`}
        aria-label={t('recordLabel', { name: item.patientName, date, time })}
        className={`${buttonClasses('secondary')} shrink-0 self-start sm:self-auto`}
      >
        {t('record')}
      </Link>
    </li>
  );
}
