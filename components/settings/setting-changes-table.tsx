import { EmptyState } from '@/components/ui/card';
import { formatDateTime } from '@/lib/i18n/format';
import type { SettingChangeItem } from '@/lib/server/settings/clinic-defaults';

type Props = { changes: readonly SettingChangeItem[]; locale: string; timeZone: string };

/**
 * Who changed which setting, when, from what to what; newest first. On a phone each row becomes
 * a small card (what changed above, who and when below); the explicit roles keep it a table for
 * screen readers once CSS has changed how its rows are laid out.
 */
export function SettingChangesTable({ changes, locale, timeZone }: Props) {
  if (changes.length === 0) {
    return (
      <EmptyState title="No changes yet.">
        The guide’s defaults are in force until an admin saves a different value.
      </EmptyState>
    );
  }
  return (
    <table role="table" className="block w-full text-left text-sm sm:table">
      <caption className="sr-only">Changes to the clinic settings, newest first</caption>
      <thead
        role="rowgroup"
        className="sr-only border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 sm:not-sr-only sm:table-header-group"
      >
        <tr role="row">
          <th role="columnheader" scope="col" className="py-2 pr-4 font-medium">
            Setting
          </th>
          <th role="columnheader" scope="col" className="py-2 pr-4 font-medium">
            Change
          </th>
          <th role="columnheader" scope="col" className="py-2 pr-4 font-medium">
            Who
          </th>
          <th role="columnheader" scope="col" className="py-2 font-medium">
            When
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="block divide-y divide-slate-100 sm:table-row-group">
        {changes.map((change) => (
          <tr
            role="row"
            key={change.id}
            className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 py-2 align-top sm:table-row"
          >
            <td role="cell" className="min-w-0 sm:py-2 sm:pr-4">
              <span className="block text-slate-900">{change.label}</span>
              <code className="break-all text-xs text-slate-500">{change.key}</code>
            </td>
            <td role="cell" className="whitespace-nowrap text-right text-slate-900 sm:py-2 sm:pr-4 sm:text-left">
              {change.oldValue ?? '—'} → {change.newValue}
              {change.unit ? <span className="text-slate-500"> {change.unit}</span> : null}
            </td>
            <td role="cell" className="text-xs text-slate-600 sm:py-2 sm:pr-4 sm:text-sm sm:text-slate-900">
              {change.changedByName}
            </td>
            <td
              role="cell"
              className="whitespace-nowrap text-right text-xs text-slate-600 sm:py-2 sm:text-left sm:text-sm sm:text-slate-700"
            >
              <time dateTime={change.changedAt.toISOString()}>
                {formatDateTime(change.changedAt, locale, timeZone)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
