import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge, EmptyState } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import { describeAge } from '@/components/shared/describe-age';

export type ChildItem = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  gestationalAgeDays: number | null;
  hasActiveCourse: boolean;
};

/** A parent's children, each a link to their shared view. */
export async function ChildrenList({
  items,
  today,
  locale,
}: {
  items: readonly ChildItem[];
  today: IsoDate;
  locale: string;
}) {
  const t = await getTranslations('children.list');
  if (items.length === 0) {
    return <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>;
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {items.map((child) => (
        <li key={child.id}>
          <Link
            href={`/children/${child.id}`}
            className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-lg font-semibold text-slate-900">
                {child.firstName} {child.lastName}
              </span>
              {child.hasActiveCourse ? (
                <Badge tone="good">{t('inProgress')}</Badge>
              ) : (
                <Badge>{t('noCurrentCourse')}</Badge>
              )}
            </span>
            <span className="mt-1 block text-sm text-slate-600">
              {t('ageAndBirth', {
                age: describeAge(child.dateOfBirth, today, child.gestationalAgeDays),
                born: formatDate(child.dateOfBirth, locale),
              })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
