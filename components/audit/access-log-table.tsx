import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import { formatDateTime } from '@/lib/i18n/format';
import type { AccessLogEntry } from '@/lib/server/audit/list-access-log';

type Props = { entries: readonly AccessLogEntry[]; locale: string; timeZone: string };

const COLUMNS = ['when', 'who', 'action', 'what', 'child', 'outcome'] as const;

const linkClasses = 'font-medium text-brand-700 underline-offset-2 hover:underline';

/** The record an event concerns, linked where the admin can open it. */
async function Subject({ subject }: { subject: NonNullable<AccessLogEntry['subject']> }) {
  const t = await getTranslations('audit');
  const label = t(`entities.${subject.type}`);
  if (subject.id === null) return <>{t('table.wholeList', { entity: label })}</>;
  switch (subject.type) {
    case 'COURSE':
      return (
        <Link href={`/courses/${subject.id}`} className={linkClasses}>
          {label}
        </Link>
      );
    case 'ACCOUNT':
      return subject.accountName !== null ? (
        <>{t('table.accountSubject', { entity: label, name: subject.accountName })}</>
      ) : (
        <>
          {t.rich('table.accountUnknown', {
            entity: label,
            id: subject.id,
            muted: (chunks) => <span className="text-slate-500">{chunks}</span>,
          })}
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
export async function AccessLogTable({ entries, locale, timeZone }: Props) {
  const [t, roles] = await Promise.all([getTranslations('audit'), getTranslations('common.roles')]);
  return (
    <table role="table" className="block w-full text-left text-sm lg:table">
      <caption className="sr-only">{t('table.caption')}</caption>
      <thead
        role="rowgroup"
        className="sr-only border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 lg:not-sr-only lg:table-header-group"
      >
        <tr role="row">
          {COLUMNS.map((column) => (
            <th key={column} role="columnheader" scope="col" className="py-2 pr-4 font-medium">
              {t(`table.columns.${column}`)}
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
                  <span className="block text-slate-900">{entry.actor.name ?? t('table.unknownAccount')}</span>
                  {entry.actor.role ? <span className="text-xs text-slate-500">{roles(entry.actor.role)}</span> : null}
                </>
              ) : (
                <span className="text-slate-500">{t('table.notSignedIn')}</span>
              )}
            </td>
            <td role="cell" className="font-medium text-slate-900 lg:py-2 lg:pr-4">
              {t(`actions.${entry.action}`)}
            </td>
            <td role="cell" className="text-right text-slate-700 lg:py-2 lg:pr-4 lg:text-left">
              {entry.subject ? <Subject subject={entry.subject} /> : '—'}
            </td>
            <td role="cell" className="text-slate-900 lg:py-2 lg:pr-4">
              {entry.patient ? (
                <Link href={`/patients/${entry.patient.id}`} className={linkClasses}>
                  {entry.patient.name ?? t('table.unknownChild')}
                </Link>
              ) : (
                <span className="text-slate-500">—</span>
              )}
            </td>
            <td role="cell" className="text-right lg:py-2 lg:text-left">
              <Badge tone={entry.outcome === 'SUCCESS' ? 'good' : 'bad'}>{t(`outcomes.${entry.outcome}`)}</Badge>
              {entry.requestId ? (
                <span className="block text-xs text-slate-500" title={t('table.request', { id: entry.requestId })}>
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
