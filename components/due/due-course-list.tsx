import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import { daysBetween, type IsoDate } from '@/lib/domain/calendar-date';
import { INDICATION_KINDS } from '@/lib/domain/rules';
import { formatDate } from '@/lib/i18n/format';
import type { DueCourseItem } from '@/lib/server/courses/list-due-courses';

type Props = { label: string; items: readonly DueCourseItem[]; today: IsoDate; locale: string };

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "due today", "due for 12 days", "in 29 days": how far the date is, beside the date itself. */
function distance(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'due today';
  return days < 0 ? `due for ${plural(-days, 'day')}` : `in ${plural(days, 'day')}`;
}

/** Patients whose next course is due (or coming), each linking to the patient's page. */
export function DueCourseList({ label, items, today, locale }: Props) {
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
                {item.lastName}, {item.firstName}
              </span>
              {item.age ? <span className="block text-sm text-slate-600">{item.age}</span> : null}
              <span className="block break-words text-sm text-slate-600">
                Last course: {INDICATION_KINDS[item.kind].label.toLowerCase()} · {item.diagnosis}
              </span>
            </span>
            <span className="flex flex-wrap items-center gap-2 sm:flex-col sm:items-end sm:gap-1">
              <span className="text-sm font-medium text-slate-900">
                <time dateTime={item.nextCourseDueOn}>{formatDate(item.nextCourseDueOn, locale)}</time>
              </span>
              <Badge tone={item.isDue ? 'warn' : 'neutral'}>{distance(item.nextCourseDueOn, today)}</Badge>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
