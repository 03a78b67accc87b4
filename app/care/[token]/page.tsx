import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CareLinkThrottled } from '@/components/care-links/care-link-throttled';
import { ClinicContact } from '@/components/children/clinic-contact';
import { HomeCourseCalendar } from '@/components/children/home-course-calendar';
import { nextSessionToDo } from '@/components/children/home-sessions';
import { HomeSessionNotice } from '@/components/children/home-session-notice';
import { RoutineSummary } from '@/components/children/routine-summary';
import { SafetyRulesSection } from '@/components/children/safety-rules-section';
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('care.page');
  return { title: t('metadataTitle') };
}

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
  const [t, locale, clinic] = await Promise.all([getTranslations('care.page'), getRequestLocale(), getClinicProfile()]);
  const carePath = `/care/${token}`;
  const homeCourse = course?.location === 'HOME' ? course : null;
  const recordAction = recordCareLinkSessionAction.bind(null, token);

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <PageHeader
        title={child.firstName}
        subtitle={t('subtitle', {
          age: describeAge(child.dateOfBirth, today, child.gestationalAgeDays),
          caregiverName,
        })}
      />
      {recorded ? (
        <HomeSessionNotice recorded={recorded} progress={null} locale={locale} dismissHref={carePath} />
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
            <Card title={t('calendar')}>
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
              routineUrl={`${carePath}/routine`}
            />
          </>
        ) : (
          <EmptyState title={t('noRoutine')} />
        )}
        <SafetyRulesSection contact={<ClinicContact clinic={clinic} />} />
      </div>
    </main>
  );
}
