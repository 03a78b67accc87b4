'use client';

import { Badge } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-action-form';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { SessionState } from '@/lib/domain/session-state';
import type { HomeOutcome } from './home-sessions';
import { RecordSessionDisclosure } from './record-session-disclosure';

/** One session as the calendar shows it, worked out on the server (HomeCourseCalendar). */
export type CalendarRow = {
  id: string;
  number: number;
  date: IsoDate;
  dateLabel: string;
  /** "Home" */
  place: string;
  /** A clinic session's time ("09:30–10:00"); absent at home. */
  time?: string;
  plannedMinutes: number;
  isMakeUp: boolean;
  isToday: boolean;
  state: SessionState;
  /** How a past session went, or why it did not take place; empty when nothing was said. */
  details: { howItWent: string; reason: string; notes: string };
  /** What may be recorded for a past session still open; null for the others. */
  record: { outcomes: HomeOutcome[]; asksWellToday: boolean; label: string } | null;
};

/** The calendar's words in the interface's language, looked up once on the server (children.calendar). */
export type CalendarLabels = {
  list: string;
  session: string;
  min: string;
  makeUp: string;
  howItWent: string;
  reason: string;
  recordThis: string;
  calledOff: string;
  done: string;
  missed: string;
  postponed: string;
  notRecorded: string;
  today: string;
  toCome: string;
};

/**
 * The calendar's rows, drawn in the browser from compact rows: the page's HTML would otherwise
 * carry every row twice, once drawn and once as the data React rebuilds it from (issue 11).
 */
export function CalendarList({
  rows,
  labels,
  recordAction,
  patientId,
}: {
  rows: readonly CalendarRow[];
  labels: CalendarLabels;
  recordAction: FormAction;
  patientId?: string;
}) {
  return (
    <ol aria-label={labels.list} className="divide-y divide-slate-100 text-sm">
      {rows.map((row) => (
        <li key={row.id} className={row.isToday ? 'calendar-row bg-brand-50' : 'calendar-row'}>
          <div className="calendar-row-line">
            <span className="w-5 text-right text-xs font-semibold">
              <span className="sr-only">{`${labels.session} `}</span>
              {row.number}
            </span>
            <time dateTime={row.date} className="font-medium">
              {row.dateLabel}
            </time>
            <span className="text-slate-700">{row.place}</span>
            {row.time ? <span className="font-medium text-slate-900">{row.time}</span> : null}
            <span className="text-slate-700">{`${row.plannedMinutes} ${labels.min}`}</span>
            {row.isMakeUp ? <Badge>{labels.makeUp}</Badge> : null}
            <span className="ml-auto">
              <StateBadge state={row.state} isToday={row.isToday} labels={labels} />
            </span>
          </div>
          {row.details.howItWent || row.details.reason || row.details.notes ? (
            <p className="calendar-row-detail">
              {row.details.howItWent ? <span>{`${labels.howItWent} ${row.details.howItWent} `}</span> : null}
              {row.details.reason ? <span>{`${labels.reason} ${row.details.reason} `}</span> : null}
              {row.details.notes ? <span className="italic">{`“${row.details.notes}”`}</span> : null}
            </p>
          ) : null}
          {row.record ? (
            <RecordSessionDisclosure
              summary={labels.recordThis}
              className="pl-7"
              action={recordAction}
              sessionId={row.id}
              patientId={patientId}
              outcomes={row.record.outcomes}
              asksWellToday={row.record.asksWellToday}
              label={row.record.label}
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The words always say the state (sessionState, as every page shows it); the colour and the sign only repeat it. */
function StateBadge({ state, isToday, labels }: { state: SessionState; isToday: boolean; labels: CalendarLabels }) {
  switch (state) {
    case 'CALLED_OFF':
      return <Badge>{labels.calledOff}</Badge>;
    case 'DONE':
      return <Badge tone="good">{`✓ ${labels.done}`}</Badge>;
    case 'MISSED':
      return <Badge tone="bad">{`✗ ${labels.missed}`}</Badge>;
    case 'POSTPONED':
      return <Badge tone="warn">{`↷ ${labels.postponed}`}</Badge>;
    case 'OVERDUE':
      return <Badge tone="warn">{`! ${labels.notRecorded}`}</Badge>;
    case 'SCHEDULED':
      return isToday ? (
        <Badge tone="info">{labels.today}</Badge>
      ) : (
        <span className="text-xs text-slate-700">{labels.toCome}</span>
      );
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}
