import type { Metadata } from 'next';
import Link from 'next/link';
import { CalendarSubscriptionCard } from '@/components/calendar-feeds/calendar-subscription-card';
import { CareLinksCard } from '@/components/care-links/care-links-card';
import { GuardianInvitationsCard } from '@/components/guardian-invitations/guardian-invitations-card';
import { ClinicContact } from '@/components/children/clinic-contact';
import { CourseCalendar, homeOutcomesFor, nextSessionToDo } from '@/components/children/course-calendar';
import { CourseOverview } from '@/components/children/course-overview';
import { FamilyProgress } from '@/components/children/family-progress';
import { describeAge } from '@/components/shared/describe-age';
import { ClinicCourseNote, HomeRoutine } from '@/components/children/home-routine';
import { HomeSessionNotice } from '@/components/children/home-session-notice';
import { MarkHomeSessionForm } from '@/components/children/mark-home-session-form';
import { SafetyRules, safetyRulesFromRuleBook } from '@/components/children/safety-rules';
import { parseRecordedOutcome } from '@/components/sessions/recorded-notice';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { DownloadRecordLink } from '@/components/fhir/download-record-link';
import { requirePage } from '@/lib/auth/session';
import { parentHomeSteps } from '@/lib/domain/rules';
import { asksWellToday } from '@/lib/domain/session-outcomes';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { formatDate, formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getCalendarFeed } from '@/lib/server/calendar-feeds/get-calendar-feed';
import { listCareLinks } from '@/lib/server/care-links/list-care-links';
import { listGuardianInvitations } from '@/lib/server/guardian-invitations/list-guardian-invitations';
import { getCourse } from '@/lib/server/courses/get-course';
import { getPatient } from '@/lib/server/patients/get-patient';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { orNotFound } from '@/lib/pages/or-not-found';
import {
  createCareLinkAction,
  createChildCalendarFeedAction,
  inviteGuardianAction,
  recordHomeSessionAction,
  revokeCareLinkAction,
  revokeChildCalendarFeedAction,
  revokeGuardianInvitationAction,
} from './actions';

export const metadata: Metadata = { title: "Your child's course" };

type Props = {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ChildPage({ params, searchParams }: Props) {
  const actor = await requirePage('/children/[patientId]');
  const { patientId } = await params;
  const recorded = parseRecordedOutcome(await searchParams);
  // Another family's child, or an id that does not exist, looks the same: not found.
  const patient = await orNotFound(getPatient(actor, patientId));
  const current = patient.courses.find((course) => course.status === 'ACTIVE') ?? patient.courses[0];
  const course = current ? await orNotFound(getCourse(actor, current.id)) : null;
  const today = clinicToday();
  const [locale, clinic, careLinks, calendarFeed, invitations] = await Promise.all([
    getRequestLocale(),
    getClinicProfile(),
    listCareLinks(actor, patient.id),
    getCalendarFeed(actor, patient.id),
    listGuardianInvitations(actor, patient.id),
  ]);
  const contact = <ClinicContact clinic={clinic} />;
  const childPath = `/children/${patient.id}`;
  // Only what the parent is to do at home: a clinic course's routine is the therapist's.
  const homeSteps = course ? parentHomeSteps(course.routine, course.location === 'HOME') : [];
  const routineDay = course ? nextSessionToDo(course.sessions, today) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <p className="no-print mb-4 text-sm">
        <Link href="/children" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          ← My children
        </Link>
      </p>
      <PageHeader
        title={`${patient.firstName} ${patient.lastName}`}
        subtitle={`${describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)} · born ${formatDate(patient.dateOfBirth, locale)}`}
        actions={
          <>
            <PrintButton />
            <DownloadRecordLink role={actor.role} patientId={patient.id} />
          </>
        }
      />
      {recorded ? (
        <HomeSessionNotice
          recorded={recorded}
          progressLabel={course?.progress.label ?? null}
          locale={locale}
          dismissHref={childPath}
        />
      ) : null}

      <div className="space-y-6">
        {course ? (
          <>
            <Card title={course.status === 'ACTIVE' ? 'Current course' : 'Latest course'}>
              <CourseOverview course={course} locale={locale} />
            </Card>
            <Card
              title="Progress"
              actions={
                <Link
                  href={`/reports/courses/${course.id}`}
                  className="no-print text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  Course report
                </Link>
              }
            >
              <FamilyProgress course={course} locale={locale} />
            </Card>
            <Card title="Calendar">
              <CourseCalendar
                sessions={course.sessions}
                today={today}
                locale={locale}
                renderRecordForm={(session) => {
                  const outcomes = homeOutcomesFor(session, today, course.status);
                  return outcomes.length > 0 ? (
                    <MarkHomeSessionForm
                      action={recordHomeSessionAction}
                      sessionId={session.id}
                      patientId={patient.id}
                      outcomes={outcomes}
                      asksWellToday={asksWellToday({ scheduledOn: session.scheduledOn, today })}
                      label={
                        session.scheduledOn === today
                          ? "Today's session"
                          : `The session of ${formatWeekdayDate(session.scheduledOn, locale)}`
                      }
                    />
                  ) : null;
                }}
              />
            </Card>
            {course.location === 'HOME' ? (
              <Card title="Home routine">
                <HomeRoutine
                  steps={homeSteps.length > 0 ? homeSteps : null}
                  notes={course.homeRoutineNotes}
                  day={
                    routineDay && {
                      label:
                        routineDay.scheduledOn === today
                          ? "Today's session"
                          : `The next session, ${formatWeekdayDate(routineDay.scheduledOn, locale)}`,
                      plannedMinutes: routineDay.plannedMinutes,
                    }
                  }
                />
              </Card>
            ) : (
              <Card title="Sessions at the clinic">
                <ClinicCourseNote
                  therapistName={course.therapistName}
                  notes={course.homeRoutineNotes}
                  contact={contact}
                />
              </Card>
            )}
          </>
        ) : (
          <EmptyState title="No course has been prescribed yet.">
            The clinic will add it here once the doctor prescribes one.
          </EmptyState>
        )}
        <SafetyRules rules={safetyRulesFromRuleBook()} contact={contact} />
        <div className="no-print">
          <CareLinksCard
            patientId={patient.id}
            firstName={patient.firstName}
            links={careLinks}
            createAction={createCareLinkAction}
            revokeAction={revokeCareLinkAction}
            locale={locale}
            timeZone={clinicTimeZone()}
          />
        </div>
        <div className="no-print">
          <CalendarSubscriptionCard
            description={`A private link puts ${patient.firstName}’s sessions in your phone’s calendar, with where they take place and how many minutes each lasts.`}
            feed={calendarFeed}
            createAction={createChildCalendarFeedAction}
            revokeAction={revokeChildCalendarFeedAction}
            patientId={patient.id}
            locale={locale}
            timeZone={clinicTimeZone()}
          />
        </div>
        <div className="no-print">
          <GuardianInvitationsCard
            patientId={patient.id}
            firstName={patient.firstName}
            invitations={invitations}
            inviteAction={inviteGuardianAction}
            revokeAction={revokeGuardianInvitationAction}
            locale={locale}
            timeZone={clinicTimeZone()}
          />
        </div>
      </div>
    </div>
  );
}
