import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import { daysBetween, type IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { DueCourseItem } from '@/lib/server/courses/list-due-courses';

type Props = { label: string; items: readonly DueCourseItem[]; today: IsoDate; locale: string };

type Translate = Awaited<ReturnType<typeof getTranslations<'due'>>>;

/** "due today", "due for 12 days", "in 29 days": how far the date is, beside the date itself. */
function distance(date: IsoDate, today: IsoDate, t: Translate): string {
  const days = daysBetween(today, date);
  if (days === 0) return t('distance.today');
  return days < 0 ? t('distance.overdue', { days: -days }) : t('distance.ahead', { days });
}

/** Patients whose next course is due (or coming), each linking to the patient's page. */
export async function DueCourseList({ label, items, today, locale }: Props) {
  const t = await getTranslations('due');
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-200 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
    >
      {items.map((item) => (
        <li key={item.patientId} className="break-inside-avoid">
          <Link
            href={`/patients/${item.patientId}`}
            className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
          >
            <span className="min-w-0">
              <span className="block font-medium text-slate-900">
                {t('patientName', { lastName: item.lastName, firstName: item.firstName })}
              </span>
              {item.age ? <span className="block text-sm text-slate-600">{item.age}</span> : null}
              <span className="block break-words text-sm text-slate-600">
                {t('lastCourse', { kind: t(`kinds.${item.kind}`), diagnosis: item.diagnosis })}
              </span>
            </span>
            <span className="flex flex-wrap items-center gap-2 sm:flex-col sm:items-end sm:gap-1">
              <span className="text-sm font-medium text-slate-900">
                <time dateTime={item.nextCourseDueOn}>{formatDate(item.nextCourseDueOn, locale)}</time>
              </span>
              <Badge tone={item.isDue ? 'warn' : 'neutral'}>{distance(item.nextCourseDueOn, today, t)}</Badge>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
