import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecentReaders } from '@/components/audit/recent-readers';
import { CourseList } from '@/components/courses/course-list';
import { IndicationList } from '@/components/indications/indication-list';
import { PatientDetails } from '@/components/patients/patient-details';
import { RecordCorrectionsList } from '@/components/patients/record-corrections-list';
import { describeAge } from '@/components/shared/describe-age';
import { DownloadRecordLink } from '@/components/fhir/download-record-link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listRecentReaders } from '@/lib/server/audit/list-recent-readers';
import { getPatient } from '@/lib/server/patients/get-patient';
import { listRecordCorrections } from '@/lib/server/patients/list-record-corrections';
import { orNotFound } from '@/lib/pages/or-not-found';
import { ZListParams } from '@/lib/validation/list-params';
import { resolveIndicationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('patients.page');
  return { title: t('title') };
}

type Props = {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PatientPage({ params, searchParams }: Props) {
  const actor = await requirePage('/patients/[patientId]');
  const [{ patientId }, query] = await Promise.all([params, searchParams]);
  // ?page= pages the child's courses, newest first.
  const { page: coursePage } = ZListParams.parse(query);
  const [patient, locale, t] = await Promise.all([
    orNotFound(getPatient(actor, patientId, coursePage)),
    getRequestLocale(),
    getTranslations('patients.page'),
  ]);
  // After the read: this visit is already among them.
  const [readers, corrections] = await Promise.all([
    listRecentReaders(actor, patient.id),
    listRecordCorrections(actor, patient.id),
  ]);
  const today = clinicToday();
  const canEdit = can(actor.role, 'EDIT_PATIENTS');
  const canRecordIndication = can(actor.role, 'RECORD_INDICATION');
  const canPrescribe = can(actor.role, 'PRESCRIBE_COURSE');

  return (
    <>
      <PageHeader
        title={`${patient.firstName} ${patient.lastName}`}
        subtitle={t('subtitle', {
          date: formatDate(patient.dateOfBirth, locale),
          age: describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays),
        })}
        actions={
          <>
            {canRecordIndication ? (
              <ButtonLink href={`/patients/${patient.id}/indications/new`}>{t('recordIndication')}</ButtonLink>
            ) : null}
            {canEdit ? (
              <ButtonLink href={`/patients/${patient.id}/edit`} variant="secondary">
                {t('editPatient')}
              </ButtonLink>
            ) : null}
            <DownloadRecordLink role={actor.role} patientId={patient.id} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <div className="space-y-6">
          <PatientDetails patient={patient} today={today} locale={locale} />
          <Card title={t('indications')}>
            {/* The resolve button's words are the page's only client words beyond every page's; the
                forms' catalogs come with the forms' own routes (issue 11). */}
            <ClientMessages include={['indications.resolve']}>
              <IndicationList
                patientId={patient.id}
                indications={patient.indications}
                locale={locale}
                resolveAction={canRecordIndication ? resolveIndicationAction : undefined}
                canPrescribe={canPrescribe}
                canCorrect={canRecordIndication}
              />
            </ClientMessages>
          </Card>
          {corrections.length > 0 ? (
            <Card title={t('corrections')}>
              <RecordCorrectionsList corrections={corrections} locale={locale} timeZone={clinicTimeZone()} />
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card
            title={
              patient.courseCount > patient.courses.length
                ? t('coursesCount', { count: patient.courseCount })
                : t('courses')
            }
          >
            <CourseList courses={patient.courses} locale={locale} />
            <Pagination
              label={t('coursePages')}
              page={patient.coursePage}
              pageCount={patient.coursePageCount}
              hrefFor={(target) => `/patients/${patient.id}?page=${target}`}
            />
          </Card>
          <Card title={t('recentReaders')}>
            <RecentReaders readers={readers} locale={locale} timeZone={clinicTimeZone()} />
          </Card>
        </div>
      </div>
    </>
  );
}
