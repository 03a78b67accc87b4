import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import Link from 'next/link';
import { ClinicContact } from '@/components/children/clinic-contact';
import { HomeCourseCalendar } from '@/components/children/home-course-calendar';
import { nextSessionToDo } from '@/components/children/home-sessions';
import { CourseOverview } from '@/components/children/course-overview';
import { CancellationNote } from '@/components/courses/cancellation-note';
import { FamilyProgress } from '@/components/children/family-progress';
import { describeAge } from '@/components/shared/describe-age';
import { ClinicCourseNote } from '@/components/children/home-routine';
import { HomeSessionNotice } from '@/components/children/home-session-notice';
import { RoutineSummary } from '@/components/children/routine-summary';
import { SafetyRulesSection } from '@/components/children/safety-rules-section';
import { TodaysSession } from '@/components/children/todays-session';
import { parseRecordedOutcome } from '@/components/sessions/recorded-notice';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { parentHomeSteps } from '@/lib/domain/rules';
import { clinicToday } from '@/lib/clinic-time';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getCourse } from '@/lib/server/courses/get-course';
import { getFamilyChild } from '@/lib/server/patients/get-family-child';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { orNotFound } from '@/lib/pages/or-not-found';
import { recordHomeSessionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('children.page');
  return { title: t('metadataTitle') };
}

type Props = {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The parent's page, phone first: today's massage (the guide as the main button), progress, the
 * calendar, then the routine and the safety rules folded under their summaries (the handout has
 * them in full, for print), and the way to the carers' links and the calendar (a page of its own).
 */
export default async function ChildPage({ params, searchParams }: Props) {
  const actor = await requirePage('/children/[patientId]');
  const { patientId } = await params;
  const recorded = parseRecordedOutcome(await searchParams);
  // Another family's child, or an id that does not exist, looks the same: not found.
  const patient = await orNotFound(getFamilyChild(actor, patientId));
  const course = patient.currentCourseId ? await orNotFound(getCourse(actor, patient.currentCourseId)) : null;
  const today = clinicToday();
  const [t, tOverview, tIndications, locale, clinic, read] = await Promise.all([
    getTranslations('children.page'),
    getTranslations('children.overview'),
    getTranslations('indications'),
    getRequestLocale(),
    getClinicProfile(),
    getRequestTranslator(),
  ]);
  const contact = <ClinicContact clinic={clinic} />;
  const childPath = `/children/${patient.id}`;
  const homeCourse = course?.location === 'HOME' ? course : null;

  return (
    <div className="mx-auto max-w-3xl">
      <p className="no-print mb-3 text-sm">
        <Link href="/children" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('backToChildren')}
        </Link>
      </p>
      <PageHeader
        title={`${patient.firstName} ${patient.lastName}`}
        subtitle={t('subtitle', {
          age: describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays),
          born: formatDate(patient.dateOfBirth, locale),
        })}
        actions={
          homeCourse ? (
            <Link href={`${childPath}/handout`} className="font-medium text-brand-700 underline">
              {t('handout')}
            </Link>
          ) : null
        }
      />
      {recorded ? (
        <HomeSessionNotice
          recorded={recorded}
          progress={course?.progress ?? null}
          locale={locale}
          dismissHref={childPath}
        />
      ) : null}

      <div className="space-y-4">
        {course ? (
          <>
            {homeCourse ? (
              <TodaysSession
                sessions={homeCourse.sessions}
                courseStatus={homeCourse.status}
                today={today}
                locale={locale}
                guidedHref={`${childPath}/guided`}
                recordAction={recordHomeSessionAction}
                patientId={patient.id}
              />
            ) : null}
            <Card
              title={t('progress')}
              actions={
                <Link
                  href={`/reports/courses/${course.id}`}
                  className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {t('courseReport')}
                </Link>
              }
            >
              <FamilyProgress course={course} locale={locale} />
            </Card>
            <Card title={t('calendar')}>
              <HomeCourseCalendar
                sessions={course.sessions}
                courseStatus={course.status}
                today={today}
                locale={locale}
                recordAction={recordHomeSessionAction}
                patientId={patient.id}
              />
            </Card>
            {homeCourse ? (
              <RoutineSummary
                steps={parentHomeSteps(homeCourse.routine, true)}
                notes={homeCourse.homeRoutineNotes}
                day={nextSessionToDo(homeCourse.sessions, today)}
                today={today}
                locale={locale}
                routineUrl={`/api/children/${patient.id}/routine`}
              />
            ) : (
              <Card title={t('clinicSessions')}>
                <ClinicCourseNote
                  therapistName={course.therapistName}
                  notes={course.homeRoutineNotes}
                  contact={contact}
                />
              </Card>
            )}
            <Card title={course.status === 'ACTIVE' ? t('aboutThisCourse') : t('aboutLatestCourse')}>
              <CourseOverview
                course={{
                  status: course.status,
                  kindLabel: tIndications(`kinds.${course.kind}`),
                  diagnosis: course.diagnosis,
                  prescribedByName: course.prescribedByName,
                }}
                cancellationNote={
                  course.cancellation ? <CancellationNote cancellation={course.cancellation} locale={locale} /> : null
                }
                labels={{
                  status: tOverview('status', { status: course.status }),
                  for: tOverview('for'),
                  where: tOverview('where'),
                  whereText:
                    course.location === 'HOME'
                      ? tOverview('atHome')
                      : course.therapistName
                        ? tOverview('atClinicWith', { therapistName: course.therapistName })
                        : tOverview('atClinic'),
                  howOften: tOverview('howOften'),
                  howOftenText: tOverview('howOftenText', {
                    schedule: read(course.scheduleDescription),
                    minutes: course.minutesPerSession,
                    start: formatDate(course.startDate, locale),
                  }),
                  prescribedBy: tOverview('prescribedBy'),
                }}
              />
            </Card>
          </>
        ) : (
          <EmptyState title={t('noCourse')}>{t('noCourseHint')}</EmptyState>
        )}
        <SafetyRulesSection contact={contact} />
        <div className="no-print">
          <Card title={t('sharingTitle')}>
            <p className="text-sm text-slate-700">{t('sharingText', { firstName: patient.firstName })}</p>
            <Link href={`${childPath}/sharing`} className="mt-3 inline-block font-medium text-brand-700 underline">
              {t('sharingLink')}
            </Link>
          </Card>
        </div>
      </div>
    </div>
  );
}
