import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { formatDateTime } from '@/lib/i18n/format';
import type { AccessLogEntry } from '@/lib/server/audit/list-access-log';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_OUTCOME_LABELS } from './labels';

type Props = { entries: readonly AccessLogEntry[]; locale: string; timeZone: string };

const linkClasses = 'font-medium text-brand-700 underline-offset-2 hover:underline';

/** The record an event concerns, linked where the admin can open it. */
function Subject({ subject }: { subject: NonNullable<AccessLogEntry['subject']> }) {
  const label = AUDIT_ENTITY_LABELS[subject.type];
  if (subject.id === null) return <>{label}: the whole list</>;
  switch (subject.type) {
    case 'COURSE':
      return (
        <Link href={`/courses/${subject.id}`} className={linkClasses}>
          {label}
        </Link>
      );
    case 'ACCOUNT':
      return (
        <>
          {label}: {subject.accountName ?? <span className="text-slate-500">unknown ({subject.id})</span>}
        </>
      );
    case 'CLINIC_SETTINGS':
    case 'PAGE':
    case 'PERMISSION':
      return (
        <>
          {label} <code className="break-all text-xs text-slate-600">{subject.id}</code>
        </>
      );
    case 'PATIENT':
    case 'INDICATION':
    case 'SESSION':
    case 'ALERT':
      return <>{label}</>;
  }
}

/**
 * Who did what to which record, when, and how it ended; newest first. On a phone each row becomes
 * a small card; the explicit roles keep it a table for screen readers once CSS has changed how
 * its rows are laid out (as the settings' change table does).
 */
export function AccessLogTable({ entries, locale, timeZone }: Props) {
  return (
    <table role="table" className="block w-full text-left text-sm lg:table">
      <caption className="sr-only">Access log, newest first</caption>
      <thead
        role="rowgroup"
        className="sr-only border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 lg:not-sr-only lg:table-header-group"
      >
        <tr role="row">
          {['When', 'Who', 'Action', 'What', 'Child', 'Outcome'].map((title) => (
            <th key={title} role="columnheader" scope="col" className="py-2 pr-4 font-medium">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block divide-y divide-slate-100 lg:table-row-group">
        {entries.map((entry) => (
          <tr role="row" key={entry.id} className="grid grid-cols-2 gap-x-3 gap-y-1 py-3 align-top lg:table-row">
            <td role="cell" className="whitespace-nowrap text-slate-700 lg:py-2 lg:pr-4">
              <time dateTime={entry.occurredAt.toISOString()}>
                {formatDateTime(entry.occurredAt, locale, timeZone)}
              </time>
            </td>
            <td role="cell" className="text-right lg:py-2 lg:pr-4 lg:text-left">
              {entry.actor ? (
                <>
                  <span className="block text-slate-900">{entry.actor.name ?? 'Unknown account'}</span>
                  {entry.actor.role ? (
                    <span className="text-xs text-slate-500">{ROLE_LABELS[entry.actor.role]}</span>
                  ) : null}
                </>
              ) : (
                <span className="text-slate-500">Not signed in</span>
              )}
            </td>
            <td role="cell" className="font-medium text-slate-900 lg:py-2 lg:pr-4">
              {AUDIT_ACTION_LABELS[entry.action]}
            </td>
            <td role="cell" className="text-right text-slate-700 lg:py-2 lg:pr-4 lg:text-left">
              {entry.subject ? <Subject subject={entry.subject} /> : '—'}
            </td>
            <td role="cell" className="text-slate-900 lg:py-2 lg:pr-4">
              {entry.patient ? (
                <Link href={`/patients/${entry.patient.id}`} className={linkClasses}>
                  {entry.patient.name ?? 'Unknown child'}
                </Link>
              ) : (
                <span className="text-slate-500">—</span>
              )}
            </td>
            <td role="cell" className="text-right lg:py-2 lg:text-left">
              <Badge tone={entry.outcome === 'SUCCESS' ? 'good' : 'bad'}>{AUDIT_OUTCOME_LABELS[entry.outcome]}</Badge>
              {entry.requestId ? (
                <span className="block text-xs text-slate-500" title={`Request ${entry.requestId}`}>
                  {entry.requestId.slice(0, 8)}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
