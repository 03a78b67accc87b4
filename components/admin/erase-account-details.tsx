import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDateTime } from '@/lib/i18n/format';
import { EraseAccountForm } from './erase-account-form';

/** The <date> tag of a message: its formatted text in a <time> carrying the machine-readable instant. */
function timeTag(iso: string) {
  return function TimeTag(chunks: ReactNode) {
    return <time dateTime={iso}>{chunks}</time>;
  };
}

/** A parent's row: the erase form, folded away behind its own button. */
export async function EraseAccountDetails({
  action,
  account,
}: {
  action: FormAction;
  account: { id: string; name: string; email: string };
}) {
  const t = await getTranslations('admin.erase');
  return (
    <details className="max-w-md">
      <summary className={`${buttonClasses('secondary')} cursor-pointer list-none`}>
        {t('button')}
        <span className="sr-only">{t('ofName', { name: account.name })}</span>
      </summary>
      <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3">
        <EraseAccountForm action={action} account={account} />
      </div>
    </details>
  );
}

/** The accounts of one role whose personal data was erased: when, and nothing else to do. */
export async function ErasedAccounts({
  accounts,
  locale,
  timeZone,
}: {
  accounts: { id: string; erasedAt: Date | null }[];
  locale: string;
  timeZone: string;
}) {
  if (accounts.length === 0) return null;
  const t = await getTranslations('admin.erase');
  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold text-slate-700">{t('erasedTitle', { count: accounts.length })}</h3>
      <p className="text-sm text-slate-600">{t('erasedText')}</p>
      <ul aria-label={t('erasedListLabel')} className="mt-1 text-sm text-slate-600">
        {accounts.map((account) =>
          account.erasedAt ? (
            <li key={account.id}>
              {t.rich('erasedOn', {
                when: formatDateTime(account.erasedAt, locale, timeZone),
                date: timeTag(account.erasedAt.toISOString()),
              })}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
