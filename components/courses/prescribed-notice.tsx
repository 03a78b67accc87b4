import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

/** The search parameter the prescribe action adds when it redirects to the new course. */
export const PRESCRIBED_PARAM = 'prescribed';

export function isJustPrescribed(searchParams: Record<string, string | string[] | undefined>): boolean {
  return searchParams[PRESCRIBED_PARAM] === '1';
}

/**
 * Shown once after prescribing: the course is saved, and what the doctor must keep in mind (the
 * age and umbilical-wound warnings and the left-out areas, as stored with the screening).
 */
export function PrescribedNotice({ warnings, dismissHref }: { warnings: readonly string[]; dismissHref: string }) {
  const t = useTranslations('courses.prescribed');
  const read = useTranslateMessage();
  const hasWarnings = warnings.length > 0;
  return (
    <div
      role="status"
      className={`no-print mb-6 flex flex-wrap items-start justify-between gap-2 rounded-md px-4 py-3 text-sm ring-1 ${hasWarnings ? 'bg-amber-50 text-amber-900 ring-amber-200' : 'bg-brand-50 text-brand-800 ring-brand-100'}`}
    >
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">{hasWarnings ? t('withWarnings') : t('done')}</p>
        {hasWarnings ? (
          <ul aria-label={t('warningsLabel')} className="list-disc space-y-1 pl-5">
            {warnings.map((warning) => (
              <li key={warning} className="break-words">
                {read(warning)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <Link href={dismissHref} className="font-medium underline" replace scroll={false}>
        {t('dismiss')}
      </Link>
    </div>
  );
}
