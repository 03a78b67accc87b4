import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export default async function NotFound() {
  const t = await getTranslations('errors.notFound');
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('body')}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t('back')}
      </Link>
    </main>
  );
}
