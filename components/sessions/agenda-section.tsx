import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { Badge, EmptyState } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate } from '@/lib/i18n/format';

export type AgendaItem = {
  id: string;
  scheduledOn: IsoDate;
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
  emptyText: string;
  locale: string;
  /** Marks every row, e.g. "Overdue". */
  tag?: ReactNode;
};

/** One group of the therapist's sessions (to record, today, upcoming), named for assistive technology. */
export function AgendaSection({ id, title, description, items, emptyText, locale, tag }: AgendaSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div className="mb-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {title} <span className="text-sm font-normal text-slate-500">({items.length})</span>
        </h2>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={emptyText} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <AgendaRow key={item.id} item={item} locale={locale} tag={tag} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AgendaRow({ item, locale, tag }: { item: AgendaItem; locale: string; tag?: ReactNode }) {
  const date = formatWeekdayDate(item.scheduledOn, locale);
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <Link
            href={`/courses/${item.courseId}`}
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {item.patientName}
          </Link>
          {tag}
          {item.isMakeUp ? <Badge tone="info">Make-up</Badge> : null}
        </p>
        <p className="text-sm text-slate-600">
          <time dateTime={item.scheduledOn}>{date}</time> · {item.plannedMinutes} min ·{' '}
          <span className="break-words">{item.diagnosis}</span>
        </p>
      </div>
      <Link
        href={`/sessions/${item.id}`}
        aria-label={`Record ${item.patientName}'s session on ${date}`}
        className={`${buttonClasses('secondary')} shrink-0 self-start sm:self-auto`}
      >
        Record
      </Link>
    </li>
  );
}
