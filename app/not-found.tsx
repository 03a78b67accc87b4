import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors.notFound');
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('body')}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next/link here would put its client
          code into every page's first load, for this page alone (issue 11). */}
      <a href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t('back')}
      </a>
    </main>
  );
}
