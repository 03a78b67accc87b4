import { getTranslations } from 'next-intl/server';

export default async function InvitationNotFound() {
  const t = await getTranslations('invitations.notFound');
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold text-slate-900">{t('heading')}</h1>
      <p className="mt-2 text-slate-600">{t('text')}</p>
    </main>
  );
}
