'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CopyableLink } from '@/components/ui/copyable-link';

type Props = { message: string; path: string; nextHref?: string };

/** An invitation just made: its link this once, to hand on, and the way on. */
export function InvitationLinkPanel({ message, path, nextHref }: Props) {
  const t = useTranslations('patients.invitationLink');
  return (
    <section
      aria-labelledby="invitation-made"
      className="max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      <h2 id="invitation-made" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>
      <p role="status" className="text-sm text-slate-700">
        {message} {t('shownOnce')}
      </p>
      <CopyableLink name="invitationLink" label={t('link')} link={`${window.location.origin}${path}`} />
      {nextHref ? (
        <Link href={nextHref} className="inline-block text-sm font-medium text-brand-700 underline">
          {t('openRecord')}
        </Link>
      ) : null}
    </section>
  );
}
