'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors.error');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-2 text-slate-600">
        {t('body')}
        {error.digest ? (
          <>
            {' '}
            {t('reference')} <code className="rounded bg-slate-100 px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="font-medium text-brand-700 underline">
          {t('retry')}
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- after an error a fresh load is
            what is wanted, and next/link here would put its code into every page's first load (issue 11). */}
        <a href="/" className="font-medium text-brand-700 underline">
          {t('home')}
        </a>
      </div>
    </main>
  );
}
