import { getTranslations } from 'next-intl/server';

/** "Sign out" as a plain form: it works before any script runs and ships none. */
export async function SignOutForm({ action }: { action: () => Promise<void> }) {
  const t = await getTranslations('layout');
  return (
    <form action={action}>
      <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        {t('signOut')}
      </button>
    </form>
  );
}
