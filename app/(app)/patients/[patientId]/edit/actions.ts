'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { updatePatient } from '@/lib/server/patients/save-patient';
import { patientCorrectionSchema } from '@/lib/validation/patient';

/** Bound to the patient's id by the page. */
export const updatePatientAction = defineAction({
  schema: () => patientCorrectionSchema(clinicToday()),
  bind: z.tuple([recordId('validation.choose.patient')]),
  run: (input, actor, [patientId]) => updatePatient(actor, patientId, input),
  onSuccess: ({ id }) => {
    revalidatePath('/patients');
    revalidatePath(`/patients/${id}`);
    redirect(`/patients/${id}`);
  },
});
