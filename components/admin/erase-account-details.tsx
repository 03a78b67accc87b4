import { buttonClasses } from '@/components/ui/button';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDateTime } from '@/lib/i18n/format';
import { EraseAccountForm } from './erase-account-form';

/** A parent's row: the erase form, folded away behind its own button. */
export function EraseAccountDetails({
  action,
  account,
}: {
  action: FormAction;
  account: { id: string; name: string; email: string };
}) {
  return (
    <details className="max-w-md">
      <summary className={`${buttonClasses('secondary')} cursor-pointer list-none`}>
        Erase personal data<span className="sr-only"> of {account.name}</span>
      </summary>
      <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3">
        <EraseAccountForm action={action} account={account} />
      </div>
    </details>
  );
}

/** The accounts of one role whose personal data was erased: when, and nothing else to do. */
export function ErasedAccounts({
  accounts,
  locale,
  timeZone,
}: {
  accounts: { id: string; erasedAt: Date | null }[];
  locale: string;
  timeZone: string;
}) {
  if (accounts.length === 0) return null;
  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold text-slate-700">Personal data erased ({accounts.length})</h3>
      <p className="text-sm text-slate-600">Closed for good; the children’s records they were part of stay.</p>
      <ul aria-label="Accounts whose personal data was erased" className="mt-1 text-sm text-slate-600">
        {accounts.map((account) =>
          account.erasedAt ? (
            <li key={account.id}>
              Erased on{' '}
              <time dateTime={account.erasedAt.toISOString()}>
                {formatDateTime(account.erasedAt, locale, timeZone)}
              </time>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
