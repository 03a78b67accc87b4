import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** A confirmation after a page reload (e.g. a redirect after saving), with a way to dismiss it. */
export async function Notice({ children, dismissHref }: { children: ReactNode; dismissHref?: string }) {
  const t = await getTranslations('common');
  return (
    <div
      role="status"
      className="no-print mb-6 flex flex-wrap items-start justify-between gap-2 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800 ring-1 ring-brand-100"
    >
      <div>{children}</div>
      {dismissHref ? (
        <Link href={dismissHref} className="font-medium underline" replace scroll={false}>
          {t('dismiss')}
        </Link>
      ) : null}
    </div>
  );
}
