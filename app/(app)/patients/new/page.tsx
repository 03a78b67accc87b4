import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { EMPTY_PATIENT, PatientForm } from '@/components/patients/patient-form';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { createPatientAction } from './actions';

export const metadata: Metadata = { title: 'New patient' };

export default async function NewPatientPage() {
  await requirePage('/patients/new');
  return (
    <>
      <PageHeader title="New patient" />
      <PatientForm
        action={createPatientAction}
        initial={EMPTY_PATIENT}
        today={clinicToday()}
        submitLabel="Save patient"
        cancelHref="/patients"
        idempotencyKey={randomUUID()}
      />
    </>
  );
}
