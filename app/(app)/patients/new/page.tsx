import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EMPTY_PATIENT, PatientForm } from '@/components/patients/patient-form';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { createPatientAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('patients.new');
  return { title: t('title') };
}

export default async function NewPatientPage() {
  await requirePage('/patients/new');
  const t = await getTranslations('patients.new');
  return (
    <>
      <PageHeader title={t('title')} />
      <PatientForm
        action={createPatientAction}
        initial={EMPTY_PATIENT}
        today={clinicToday()}
        submitLabel={t('submit')}
        cancelHref="/patients"
        idempotencyKey={randomUUID()}
      />
    </>
  );
}
