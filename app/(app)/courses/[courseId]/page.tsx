import type { Metadata } from 'next';
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
import { getCourse } from '@/lib/server/courses/get-course';
import { getCourseCorrections } from '@/lib/server/courses/get-course-corrections';
import { listTherapistChanges } from '@/lib/server/courses/list-therapist-changes';
import { listUsers } from '@/lib/server/users/manage-users';
import { orNotFound } from '@/lib/pages/or-not-found';
import { cancelCourseAction, reassignTherapistAction, reinstateCourseAction } from './actions';

export const metadata: Metadata = { title: 'Course' };

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
  const [course, therapistChanges, corrections, locale, therapists] = await Promise.all([
    orNotFound(getCourse(actor, courseId)),
    orNotFound(listTherapistChanges(actor, courseId)),
    orNotFound(getCourseCorrections(actor, courseId)),
    getRequestLocale(),
    mayAssign ? listUsers(actor, 'therapists') : [],
  ]);
  const changes = courseChanges(course);
  const canCancel = can(actor.role, 'CANCEL_COURSE') && changes.CANCEL === null;
  const canReassign = mayAssign && changes.REASSIGN === null;
  // A cancelled course says why it cannot come back (a newer one replaced it); a running one shows nothing.
  const showReinstate = can(actor.role, 'REINSTATE_COURSE') && course.status === 'CANCELLED';
  const reinstateBlocked = reinstateRefusal(course, corrections.hasNewerCourse);
  const today = clinicToday();
  const deactivatedTherapist = canReassign && course.therapist?.isDeactivated ? course.therapist : null;

  return (
    <>
      {isJustPrescribed(query) ? (
        <PrescribedNotice warnings={course.screening?.warnings ?? []} dismissHref={`/courses/${course.id}`} />
      ) : null}
      <PageHeader
        title={`${course.patient.firstName} ${course.patient.lastName}: course`}
        subtitle={`${course.diagnosis} · ${course.progress.label}`}
        actions={
          <>
            <span className="no-print">
              <ButtonLink href={`/reports/courses/${course.id}`} variant="secondary">
                Course report
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
        <Card title="Sessions">
          <SessionList
            sessions={course.sessions}
            courseStatus={course.status}
            today={today}
            locale={locale}
            timeZone={clinicTimeZone()}
            corrections={corrections}
          />
        </Card>
        <Card title="Session routine">
          <RoutineSteps steps={course.routine} />
        </Card>
        <Card title="Contraindication screening">
          <CourseScreening screening={course.screening} locale={locale} />
        </Card>
        <Card title="Notes for the home routine">
          {course.homeRoutineNotes ? (
            <p className="whitespace-pre-line break-words text-slate-800">{course.homeRoutineNotes}</p>
          ) : (
            <p className="text-sm text-slate-600">No notes for the home routine.</p>
          )}
        </Card>
        {canReassign ? (
          <div id={CHANGE_THERAPIST_ID} className="no-print scroll-mt-4">
            <Card title="Therapist">
              <p className="mb-4 text-sm text-slate-600">
                Who records the clinic sessions still to come, for example while the assigned therapist is on leave.
                Sessions already recorded keep who recorded them.
              </p>
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
          <Card title="Therapist changes">
            <TherapistChangesList changes={therapistChanges} locale={locale} timeZone={clinicTimeZone()} />
          </Card>
        ) : null}
        {corrections.reinstatements.length > 0 ? (
          <Card title="Reinstatements">
            <ReinstatementsList
              reinstatements={corrections.reinstatements}
              locale={locale}
              timeZone={clinicTimeZone()}
            />
          </Card>
        ) : null}
        {showReinstate ? (
          <div className="no-print">
            <Card title="Reinstate the course">
              {reinstateBlocked ? (
                <p className="text-sm text-slate-700">{reinstateBlocked}</p>
              ) : (
                <>
                  <p className="mb-4 text-sm text-slate-600">
                    When it was cancelled by mistake or the reason has passed. The sessions it still needs are planned
                    again from today, in its rhythm; sessions already recorded stay as they are.
                  </p>
                  <ReinstateCourseForm action={reinstateCourseAction} courseId={course.id} />
                </>
              )}
            </Card>
          </div>
        ) : null}
        {canCancel ? (
          <div className="no-print">
            <Card title="Cancel the course">
              <p className="mb-4 text-sm text-slate-600">
                When an absolute contraindication appears or the family withdraws. Sessions already recorded stay in the
                record; the remaining ones are called off and leave the therapist&apos;s and the family&apos;s lists.
              </p>
              <CancelCourseForm action={cancelCourseAction} courseId={course.id} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
