import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CareLinkThrottled } from '@/components/care-links/care-link-throttled';
import { ClinicContact } from '@/components/children/clinic-contact';
import { HomeCourseCalendar, nextSessionToDo } from '@/components/children/home-course-calendar';
import { HomeSessionNotice } from '@/components/children/home-session-notice';
import { RoutineSummary } from '@/components/children/routine-summary';
import { SafetyRulesDisclosure } from '@/components/children/safety-rules-disclosure';
import { TodaysSession } from '@/components/children/todays-session';
import { describeAge } from '@/components/shared/describe-age';
import { parseRecordedOutcome } from '@/components/sessions/recorded-notice';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { clinicToday } from '@/lib/clinic-time';
import { parentHomeSteps } from '@/lib/domain/rules';
import { getRequestLocale } from '@/lib/i18n/locale';
import { careLinkView } from '@/lib/server/care-links/care-link-view';
import { openCareLink } from '@/lib/server/care-links/open-care-link';
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
 * name and age, today's massage with the guide, the calendar, the routine and the safety rules.
 */
export default async function CareLinkPage({ params, searchParams }: Props) {
  const { token } = await params;
  const opening = await openCareLink(token, await requestAddress());
  if (opening.status === 'THROTTLED') return <CareLinkThrottled />;
  if (opening.status === 'REFUSED') notFound();

  const { child, course, caregiverName } = await careLinkView(opening.link);
  const recorded = parseRecordedOutcome(await searchParams);
  const today = clinicToday();
  const [locale, clinic] = await Promise.all([getRequestLocale(), getClinicProfile()]);
  const carePath = `/care/${token}`;
  const homeCourse = course?.location === 'HOME' ? course : null;
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
      <div className="space-y-4">
        {homeCourse ? (
          <>
            <TodaysSession
              sessions={homeCourse.sessions}
              courseStatus={homeCourse.status}
              today={today}
              locale={locale}
              guidedHref={`${carePath}/guided`}
              recordAction={recordAction}
            />
            <Card title="Calendar">
              <HomeCourseCalendar
                sessions={homeCourse.sessions}
                courseStatus={homeCourse.status}
                today={today}
                locale={locale}
                recordAction={recordAction}
              />
            </Card>
            <RoutineSummary
              steps={parentHomeSteps(homeCourse.routine, true)}
              notes={homeCourse.homeRoutineNotes}
              day={nextSessionToDo(homeCourse.sessions, today)}
              today={today}
              locale={locale}
            />
          </>
        ) : (
          <EmptyState title="There is no home routine to follow now." />
        )}
        <SafetyRulesDisclosure contact={<ClinicContact clinic={clinic} />} />
      </div>
    </main>
  );
}
