'use client';

import type { ReactNode } from 'react';
import { CancellationNote } from '@/components/courses/cancellation-note';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus, SessionLocation } from '@/lib/generated/prisma/enums';
import { formatDate } from '@/lib/i18n/format';
import type { CourseCancellation } from '@/lib/server/courses/course-summary';

export type CourseOverviewData = {
  status: CourseStatus;
  /** The indication's kind in words (INDICATION_KINDS), so the rule book stays out of the browser's code. */
  kindLabel: string;
  diagnosis: string;
  location: SessionLocation;
  scheduleDescription: string;
  minutesPerSession: number;
  therapistName: string | null;
  prescribedByName: string;
  startDate: IsoDate;
  cancellation: CourseCancellation | null;
};

const STATUS_BADGES = {
  ACTIVE: <Badge tone="good">In progress</Badge>,
  COMPLETED: <Badge>Completed</Badge>,
  CANCELLED: <Badge tone="bad">Cancelled</Badge>,
} as const satisfies Record<CourseStatus, ReactNode>;

/**
 * What the course is and how often (how far along it is: FamilyProgress). Drawn in the browser
 * from these few fields, which weigh less in the page than the drawn list twice (issue 11).
 */
export function CourseOverview({ course, locale }: { course: CourseOverviewData; locale: string }) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{course.kindLabel}</span>
        {STATUS_BADGES[course.status]}
      </div>
      {course.cancellation ? <CancellationNote cancellation={course.cancellation} locale={locale} /> : null}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-500">For</dt>
        <dd className="break-words text-slate-900">{course.diagnosis}</dd>
        <dt className="font-medium text-slate-500">Where</dt>
        <dd className="text-slate-900">
          {course.location === 'HOME'
            ? 'At home, by you'
            : `At the clinic${course.therapistName ? `, with ${course.therapistName}` : ''}`}
        </dd>
        <dt className="font-medium text-slate-500">How often</dt>
        <dd className="text-slate-900">
          {course.scheduleDescription}, sessions growing to {course.minutesPerSession} min (each day&apos;s minutes are
          in the calendar), from {formatDate(course.startDate, locale)}
        </dd>
        <dt className="font-medium text-slate-500">Prescribed by</dt>
        <dd className="text-slate-900">{course.prescribedByName}</dd>
      </dl>
    </div>
  );
}
