import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CancelCourseForm } from '@/components/courses/cancel-course-form';
import { CourseOverview } from '@/components/courses/course-overview';
import { CourseScreening } from '@/components/courses/course-screening';
import { DeactivatedTherapistAlert } from '@/components/courses/deactivated-therapist-alert';
import { isJustPrescribed, PrescribedNotice } from '@/components/courses/prescribed-notice';
import { ReassignTherapistForm } from '@/components/courses/reassign-therapist-form';
import { ReinstateCourseForm } from '@/components/courses/reinstate-course-form';
import { ReinstatementsList } from '@/components/courses/reinstatements-list';
import { RoutineSteps } from '@/components/courses/routine-steps';
import { SessionList } from '@/components/courses/session-list';
import { TherapistChangesList } from '@/components/courses/therapist-changes-list';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { courseChanges } from '@/lib/domain/course-changes';
import { reinstateRefusal } from '@/lib/domain/course-reinstatement';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { localizeDirections } from '@/lib/i18n/rule-directions';
import { getCourse } from '@/lib/server/courses/get-course';
import { getCourseCorrections } from '@/lib/server/courses/get-course-corrections';
import { listTherapistChanges } from '@/lib/server/courses/list-therapist-changes';
import { listUsers } from '@/lib/server/users/manage-users';
import { orNotFound } from '@/lib/pages/or-not-found';
import { cancelCourseAction, reassignTherapistAction, reinstateCourseAction } from './actions';
import { sessionTimeRefusal } from '@/lib/domain/session-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('courses.page');
  return { title: t('title') };
}

const CHANGE_THERAPIST_ID = 'change-therapist';

type Props = {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Staff see any course; a therapist only those assigned to them (getCourse scopes by actor). */
export default async function CoursePage({ params, searchParams }: Props) {
  const actor = await requirePage('/courses/[courseId]');
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const mayAssign = can(actor.role, 'ASSIGN_THERAPIST');
  const [course, therapistChanges, corrections, locale, therapists, t, translate] = await Promise.all([
    orNotFound(getCourse(actor, courseId)),
    orNotFound(listTherapistChanges(actor, courseId)),
    orNotFound(getCourseCorrections(actor, courseId)),
    getRequestLocale(),
    mayAssign ? listUsers(actor, 'therapists') : [],
    getTranslations('courses'),
    getRequestTranslator(),
  ]);
  const changes = courseChanges(course);
  const canCancel = can(actor.role, 'CANCEL_COURSE') && changes.CANCEL === null;
  const canReassign = mayAssign && changes.REASSIGN === null;
  // A cancelled course says why it cannot come back (a newer one replaced it); a running one shows nothing.
  const showReinstate = can(actor.role, 'REINSTATE_COURSE') && course.status === 'CANCELLED';
  const reinstateBlocked = reinstateRefusal(course, corrections.hasNewerCourse);
  const today = clinicToday();
  const deactivatedTherapist = canReassign && course.therapist?.isDeactivated ? course.therapist : null;
  const bookableSessionIds = can(actor.role, 'SET_SESSION_TIME')
    ? course.sessions
        .filter(
          (session) =>
            sessionTimeRefusal(
              { ...session, courseStatus: course.status, therapistId: course.therapist?.id ?? null },
              today,
            ) === null,
        )
        .map((session) => session.id)
    : [];

  return (
    <>
      {isJustPrescribed(query) ? (
        <PrescribedNotice warnings={course.screening?.warnings ?? []} dismissHref={`/courses/${course.id}`} />
      ) : null}
      <PageHeader
        title={t('page.heading', { name: `${course.patient.firstName} ${course.patient.lastName}` })}
        subtitle={`${course.diagnosis} · ${t('progress', { done: course.progress.done, total: course.progress.total })}`}
        actions={
          <>
            <span className="no-print">
              <ButtonLink href={`/reports/courses/${course.id}`} variant="secondary">
                {t('page.report')}
              </ButtonLink>
            </span>
            <PrintButton />
          </>
        }
      />
      {deactivatedTherapist ? (
        <DeactivatedTherapistAlert therapistName={deactivatedTherapist.name} formId={CHANGE_THERAPIST_ID} />
      ) : null}
      <div className="space-y-6">
        <CourseOverview course={course} today={today} locale={locale} />
        <Card title={t('page.sessions')}>
          <SessionList
            sessions={course.sessions}
            courseStatus={course.status}
            today={today}
            locale={locale}
            timeZone={clinicTimeZone()}
            corrections={corrections}
            bookableSessionIds={bookableSessionIds}
          />
        </Card>
        <Card title={t('page.routine')}>
          <RoutineSteps steps={course.routine && localizeDirections(course.routine, translate)} />
        </Card>
        <Card title={t('page.screening')}>
          <CourseScreening screening={course.screening} locale={locale} />
        </Card>
        <Card title={t('page.homeNotes')}>
          {course.homeRoutineNotes ? (
            <p className="whitespace-pre-line break-words text-slate-800">{course.homeRoutineNotes}</p>
          ) : (
            <p className="text-sm text-slate-600">{t('page.noHomeNotes')}</p>
          )}
        </Card>
        {canReassign ? (
          <div id={CHANGE_THERAPIST_ID} className="no-print scroll-mt-4">
            <Card title={t('page.therapist')}>
              <p className="mb-4 text-sm text-slate-600">{t('page.therapistHint')}</p>
              <ReassignTherapistForm
                action={reassignTherapistAction}
                courseId={course.id}
                currentTherapistId={course.therapist?.id ?? null}
                therapists={therapists}
              />
            </Card>
          </div>
        ) : null}
        {therapistChanges.length > 0 ? (
          <Card title={t('page.therapistChanges')}>
            <TherapistChangesList changes={therapistChanges} locale={locale} timeZone={clinicTimeZone()} />
          </Card>
        ) : null}
        {corrections.reinstatements.length > 0 ? (
          <Card title={t('page.reinstatements')}>
            <ReinstatementsList
              reinstatements={corrections.reinstatements}
              locale={locale}
              timeZone={clinicTimeZone()}
            />
          </Card>
        ) : null}
        {showReinstate ? (
          <div className="no-print">
            <Card title={t('page.reinstate')}>
              {reinstateBlocked ? (
                <p className="text-sm text-slate-700">{translate(reinstateBlocked)}</p>
              ) : (
                <>
                  <p className="mb-4 text-sm text-slate-600">{t('page.reinstateHint')}</p>
                  <ReinstateCourseForm action={reinstateCourseAction} courseId={course.id} />
                </>
              )}
            </Card>
          </div>
        ) : null}
        {canCancel ? (
          <div className="no-print">
            <Card title={t('page.cancel')}>
              <p className="mb-4 text-sm text-slate-600">{t('page.cancelHint')}</p>
              <CancelCourseForm action={cancelCourseAction} courseId={course.id} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
