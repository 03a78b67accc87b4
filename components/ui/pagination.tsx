import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClasses } from './button';

type Props = {
  /** What the pages hold, for screen readers: "Pages of patients". */
  label: string;
  page: number;
  pageCount: number;
  /** The address of a page, keeping whatever else the list's address says (its search). */
  hrefFor: (page: number) => string;
};

/** Previous / next between the pages of a long list; nothing when it fits on one page. */
export async function Pagination({ label, page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('common.pagination');
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={buttonClasses('secondary')}>
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600" aria-current="page">
        {t('page', { page, pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={buttonClasses('secondary')}>
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
