import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/card';
import { formatDateTime } from '@/lib/i18n/format';
import type { SettingChangeItem } from '@/lib/server/settings/clinic-defaults';

type Props = { changes: readonly SettingChangeItem[]; locale: string; timeZone: string };

/**
 * Who changed which setting, when, from what to what; newest first. On a phone each row becomes
 * a small card (what changed above, who and when below); the explicit roles keep it a table for
 * screen readers once CSS has changed how its rows are laid out.
 */
export async function SettingChangesTable({ changes, locale, timeZone }: Props) {
  const t = await getTranslations('settings.changes');
  if (changes.length === 0) return <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>;
  return (
    <table role="table" className="block w-full text-left text-sm sm:table">
      <caption className="sr-only">{t('caption')}</caption>
      <thead
        role="rowgroup"
        className="sr-only border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 sm:not-sr-only sm:table-header-group"
      >
        <tr role="row">
          <th role="columnheader" scope="col" className="py-2 pr-4 font-medium">
            {t('setting')}
          </th>
          <th role="columnheader" scope="col" className="py-2 pr-4 font-medium">
            {t('change')}
          </th>
          <th role="columnheader" scope="col" className="py-2 pr-4 font-medium">
            {t('who')}
          </th>
          <th role="columnheader" scope="col" className="py-2 font-medium">
            {t('when')}
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
