import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClinicContact } from '@/components/children/clinic-contact';
import { CourseCalendar, homeOutcomesFor, nextSessionToDo } from '@/components/children/course-calendar';
import { HomeRoutine } from '@/components/children/home-routine';
import { HomeSessionNotice } from '@/components/children/home-session-notice';
import { MarkHomeSessionForm } from '@/components/children/mark-home-session-form';
import { SafetyRules, safetyRulesFromRuleBook } from '@/components/children/safety-rules';
import { describeAge } from '@/components/shared/describe-age';
import { parseRecordedOutcome } from '@/components/sessions/recorded-notice';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { clinicToday } from '@/lib/clinic-time';
import { parentHomeSteps } from '@/lib/domain/rules';
import { asksWellToday } from '@/lib/domain/session-outcomes';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { careLinkView } from '@/lib/server/care-links/care-link-view';
import { openCareLink } from '@/lib/server/care-links/open-care-link';
import { CARE_LINK_THROTTLED } from '@/lib/server/care-links/record-care-link-session';
import { requestAddress } from '@/lib/server/link-tokens/request-address';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { recordCareLinkSessionAction } from './actions';

export const metadata: Metadata = { title: 'Home massage routine' };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Another caregiver's page, reached by the parent's link without signing in: the child's first
 * name and age, the home routine, the safety rules and the calendar, with the record form.
 */
export default async function CareLinkPage({ params, searchParams }: Props) {
  const { token } = await params;
  const opening = await openCareLink(token, await requestAddress());
  if (opening.status === 'THROTTLED')
    return (
      <main className="mx-auto max-w-md px-4 py-16 text-center">
        <p role="alert" className="text-slate-700">
          {CARE_LINK_THROTTLED}
        </p>
      </main>
    );
  if (opening.status === 'REFUSED') notFound();

  const { child, course, caregiverName } = await careLinkView(opening.link);
  const recorded = parseRecordedOutcome(await searchParams);
  const today = clinicToday();
  const [locale, clinic] = await Promise.all([getRequestLocale(), getClinicProfile()]);
  const contact = <ClinicContact clinic={clinic} />;
  const carePath = `/care/${token}`;
  const homeCourse = course?.location === 'HOME' ? course : null;
  const homeSteps = homeCourse ? parentHomeSteps(homeCourse.routine, true) : [];
  const routineDay = homeCourse ? nextSessionToDo(homeCourse.sessions, today) : null;
  const recordAction = recordCareLinkSessionAction.bind(null, token);

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <PageHeader
        title={child.firstName}
        subtitle={`${describeAge(child.dateOfBirth, today, child.gestationalAgeDays)} · shared with ${caregiverName}`}
      />
      {recorded ? (
        <HomeSessionNotice recorded={recorded} progressLabel={null} locale={locale} dismissHref={carePath} />
      ) : null}
      <div className="space-y-6">
        {homeCourse ? (
          <>
            <Card title="Calendar">
              <CourseCalendar
                sessions={homeCourse.sessions}
                today={today}
                locale={locale}
                renderRecordForm={(session) => {
                  const outcomes = homeOutcomesFor(session, today, homeCourse.status);
                  return outcomes.length > 0 ? (
                    <MarkHomeSessionForm
                      action={recordAction}
                      sessionId={session.id}
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
            <Card title="Home routine">
              <HomeRoutine
                steps={homeSteps.length > 0 ? homeSteps : null}
                notes={homeCourse.homeRoutineNotes}
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
          </>
        ) : (
          <EmptyState title="There is no home routine to follow now." />
        )}
        <SafetyRules rules={safetyRulesFromRuleBook()} contact={contact} />
      </div>
    </main>
  );
}
