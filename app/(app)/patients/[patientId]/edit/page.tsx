import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PatientForm } from '@/components/patients/patient-form';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getPatient } from '@/lib/server/patients/get-patient';
import { orNotFound } from '@/lib/pages/or-not-found';
import { updatePatientAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('patients.edit');
  return { title: t('title') };
}

type Props = { params: Promise<{ patientId: string }> };

export default async function EditPatientPage({ params }: Props) {
  const actor = await requirePage('/patients/[patientId]/edit');
  const { patientId } = await params;
  const [patient, t] = await Promise.all([orNotFound(getPatient(actor, patientId)), getTranslations('patients.edit')]);
  // A deactivated guardian is never offered by the search, but stays chosen here so saving keeps the link.
  const guardians = patient.guardians.map(({ id, name, email, deactivatedAt }) => ({
    id,
    email,
    name: deactivatedAt ? t('deactivatedGuardian', { name }) : name,
  }));
  return (
    <>
      <PageHeader title={t('heading', { name: `${patient.firstName} ${patient.lastName}` })} />
      <PatientForm
        action={updatePatientAction.bind(null, patient.id)}
        initial={{
          firstName: patient.firstName,
          lastName: patient.lastName,
          dateOfBirth: patient.dateOfBirth,
          sex: patient.sex,
          gestationalAgeWeeks:
            patient.gestationalAgeDays === null ? '' : String(Math.floor(patient.gestationalAgeDays / 7)),
          gestationalAgeExtraDays: patient.gestationalAgeDays === null ? '' : String(patient.gestationalAgeDays % 7),
          umbilicalWoundHealedOn: patient.umbilicalWoundHealedOn ?? '',
          notes: patient.notes,
          guardians,
        }}
        today={clinicToday()}
        submitLabel={t('submit')}
        isCorrection
        cancelHref={`/patients/${patient.id}`}
      />
    </>
  );
}
