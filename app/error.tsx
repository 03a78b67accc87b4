'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        The page could not be shown. Nothing you saved before was lost. Try again, and if it keeps happening tell the
        clinic
        {error.digest ? (
          <>
            {' '}
            the reference <code className="rounded bg-slate-100 px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="font-medium text-brand-700 underline">
          Try again
        </button>
        <Link href="/" className="font-medium text-brand-700 underline">
          Home
        </Link>
      </div>
    </main>
  );
}
