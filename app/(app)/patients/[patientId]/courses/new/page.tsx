import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PrescribeCourseForm, type PrescribeCourseValues } from '@/components/courses/prescribe-course-form';
import { decisionInput, NO_EDITS, type FormFacts } from '@/components/courses/prescribe/decision-input';
import { DirectionTextsProvider } from '@/components/courses/prescribe/direction-texts';
import { screeningChecklist } from '@/components/courses/prescribe/screening-checklist';
import { describeAge } from '@/components/shared/describe-age';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { decidePrescription } from '@/lib/domain/prescription/decide-prescription';
import { formatDate } from '@/lib/i18n/format';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { ruleDirectionTexts } from '@/lib/i18n/rule-directions';
import { getPrescriptionContext } from '@/lib/server/courses/get-prescription-context';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getClinicDay } from '@/lib/server/settings/clinic-day';
import { prescribeCourseAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('courses.prescribe');
  return { title: t('title') };
}

type Props = {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PrescribeCoursePage({ params, searchParams }: Props) {
  const actor = await requirePage('/patients/[patientId]/courses/new');
  const [{ patientId }, { indication: requested }] = await Promise.all([params, searchParams]);
  const [{ patient, openIndications, therapists, clinicDefaults }, clinicDay, locale, t, kinds, translate] =
    await Promise.all([
      orNotFound(getPrescriptionContext(actor, patientId)),
      getClinicDay(),
      getRequestLocale(),
      getTranslations('courses.prescribe'),
      getTranslations('indications.kinds'),
      getRequestTranslator(),
    ]);
  const today = clinicToday();
  const requestedId = Array.isArray(requested) ? requested[0] : requested;
  const preselected =
    openIndications.find((indication) => indication.id === requestedId) ??
    (openIndications.length === 1 ? openIndications[0] : undefined);

  const defaults: PrescribeCourseValues = {
    indicationId: preselected?.id ?? '',
    sessionCount: String(clinicDefaults.courseSessions),
    frequency: 'DAILY',
    weekdays: [],
    restAfterEvery: '',
    restDays: '1',
    daysOff: [],
    startDate: today,
    // Preventive massage is mostly done by parents at home (002); treatment at the clinic.
    location: preselected?.kind === 'PREVENTIVE' ? 'HOME' : 'CLINIC',
    // Empty: the form follows the routine's total and the rule book's break until the doctor types.
    minutesPerSession: '',
    therapistId: '',
    startTime: '',
    room: '',
    homeRoutineNotes: '',
    breakAfterDays: '',
    contraindications: [],
  };

  const facts: FormFacts = {
    indications: openIndications.map((indication) => ({
      id: indication.id,
      label: t(indication.icd10Code ? 'indicationWithCode' : 'indication', {
        kind: kinds(indication.kind),
        diagnosis: indication.diagnosis,
        code: indication.icd10Code ?? '',
        date: formatDate(indication.diagnosedOn, locale),
      }),
      kind: indication.kind,
      diagnosis: indication.diagnosis,
      icd10Code: indication.icd10Code,
      hasRunningCourse: indication.hasRunningCourse,
    })),
    therapists,
    patient: {
      dateOfBirth: patient.dateOfBirth,
      gestationalAgeDays: patient.gestationalAgeDays,
      umbilicalWoundHealedOn: patient.umbilicalWoundHealedOn,
      massageSessionsDone: patient.massageSessionsDone,
    },
    clinicDefaults,
    clinicDay,
    today,
  };
  // What the form shows until its own copy of the decision has loaded in the browser (issue 11).
  const { preview, fieldErrors } = decidePrescription(decisionInput(facts, defaults, NO_EDITS, null));

  const patientHref = `/patients/${patient.id}`;
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t.rich('subtitle', {
          name: `${patient.firstName} ${patient.lastName}`,
          date: formatDate(patient.dateOfBirth, locale),
          age: describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays),
          link: (chunks) => (
            <Link href={patientHref} className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      {openIndications.length === 0 ? (
        <EmptyState title={t('noIndication')}>
          <p className="mb-3">{t('noIndicationHint')}</p>
          <ButtonLink href={`${patientHref}/indications/new`}>{t('recordIndication')}</ButtonLink>
        </EmptyState>
      ) : (
        <DirectionTextsProvider texts={ruleDirectionTexts(translate)}>
          <PrescribeCourseForm
            {...facts}
            action={prescribeCourseAction}
            defaults={defaults}
            initialDecision={{ preview, fieldErrors }}
            checklist={screeningChecklist()}
            idempotencyKey={randomUUID()}
            locale={locale}
            cancelHref={patientHref}
          />
        </DirectionTextsProvider>
      )}
    </>
  );
}
