import { getTranslations } from 'next-intl/server';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseProgress } from '@/lib/domain/course-progress';
import { nextCourseDueDate } from '@/lib/domain/schedule';
import type { CourseStatus } from '@/lib/generated/prisma/enums';
import { formatDate } from '@/lib/i18n/format';
import type { CalendarSession } from './home-sessions';
import { ToleranceChart } from './tolerance-chart';

type FamilyProgressProps = {
  course: {
    status: CourseStatus;
    progress: CourseProgress;
    /** Set once the course is completed, from its last done session. */
    nextCourseDueOn: IsoDate | null;
    lastSessionDate: IsoDate | null;
    breakAfterDays: number;
    sessions: readonly CalendarSession[];
  };
  locale: string;
};

/**
 * What the family can follow at a glance: sessions done of the course, how the baby took them,
 * and when the next course is due (while the course runs, counted from its last planned session).
 */
export async function FamilyProgress({ course, locale }: FamilyProgressProps) {
  const plannedNext =
    course.status === 'ACTIVE' && course.lastSessionDate
      ? nextCourseDueDate(course.lastSessionDate, course.breakAfterDays)
      : null;
  const [t, tCommon] = await Promise.all([getTranslations('children.progress'), getTranslations('common')]);
  const rated = course.sessions.flatMap((session) =>
    session.status === 'DONE' && session.tolerance ? [{ number: session.number, tolerance: session.tolerance }] : [],
  );
  return (
    <div className="space-y-4">
      <ProgressBar
        value={course.progress.done}
        max={course.progress.total}
        label={tCommon('courseProgress', { done: course.progress.done, total: course.progress.total })}
      />
      <ToleranceChart
        sessions={rated}
        labels={{
          tolerance: { GOOD: t('good'), FUSSY: t('fussy'), STOPPED_EARLY: t('stoppedEarly') },
          caption: t('chartCaption'),
          lastSession: t('lastSession'),
          legendNote: t('legendNote'),
        }}
      />
      {course.nextCourseDueOn ? (
        <p className="text-sm text-slate-700">
          {t('nextCourseFrom', { date: formatDate(course.nextCourseDueOn, locale, 'long') })}
        </p>
      ) : plannedNext ? (
        <p className="text-sm text-slate-700">
          {t('nextCoursePlanned', { date: formatDate(plannedNext, locale, 'long') })}
        </p>
      ) : null}
    </div>
  );
}
