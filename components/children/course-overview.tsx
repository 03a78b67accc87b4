'use client';

import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/card';
import type { CourseStatus } from '@/lib/generated/prisma/enums';

export type CourseOverviewData = {
  status: CourseStatus;
  /** The indication's kind in the reader's words (indications.kinds), so the catalog stays out of the browser's code. */
  kindLabel: string;
  diagnosis: string;
  prescribedByName: string;
};

/** The overview's words in the interface's language, worked out on the server (children.overview). */
export type CourseOverviewLabels = {
  status: string;
  for: string;
  where: string;
  whereText: string;
  howOften: string;
  howOftenText: string;
  prescribedBy: string;
};

const STATUS_TONES = {
  ACTIVE: 'good',
  COMPLETED: 'neutral',
  CANCELLED: 'bad',
} as const satisfies Record<CourseStatus, 'good' | 'bad' | 'neutral'>;

/**
 * What the course is and how often (how far along it is: FamilyProgress). Drawn in the browser
 * from these few fields, which weigh less in the page than the drawn list twice (issue 11).
 */
export function CourseOverview({
  course,
  labels,
  cancellationNote,
}: {
  course: CourseOverviewData;
  labels: CourseOverviewLabels;
  /**
   * A cancelled course's CancellationNote, drawn on the server: its date formatting would bring the
   * calendar arithmetic and the format catalogs into the browser's code (issue 11).
   */
  cancellationNote: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{course.kindLabel}</span>
        <Badge tone={STATUS_TONES[course.status]}>{labels.status}</Badge>
      </div>
      {cancellationNote}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-500">{labels.for}</dt>
        <dd className="break-words text-slate-900">{course.diagnosis}</dd>
        <dt className="font-medium text-slate-500">{labels.where}</dt>
        <dd className="text-slate-900">{labels.whereText}</dd>
        <dt className="font-medium text-slate-500">{labels.howOften}</dt>
        <dd className="text-slate-900">{labels.howOftenText}</dd>
        <dt className="font-medium text-slate-500">{labels.prescribedBy}</dt>
        <dd className="text-slate-900">{course.prescribedByName}</dd>
      </dl>
    </div>
  );
}
