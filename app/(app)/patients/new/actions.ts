'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { createPatient } from '@/lib/server/patients/save-patient';
import { patientSchema } from '@/lib/validation/patient';

export const createPatientAction = defineAction({
  // Built per request: "not in the future" is checked against today's date at the clinic.
  schema: () => patientSchema(clinicToday()),
  run: (input, actor) => createPatient(actor, input),
  onSuccess: ({ id }) => {
    revalidatePath('/patients');
    redirect(`/patients/${id}`);
  },
});
