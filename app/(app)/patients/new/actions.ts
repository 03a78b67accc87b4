'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { createPatient } from '@/lib/server/patients/save-patient';
import { patientSchema } from '@/lib/validation/patient';

export async function createPatientAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  // Built per request: "not in the future" is checked against today's date at the clinic.
  const action = defineAction({
    permission: 'EDIT_PATIENTS',
    schema: patientSchema(clinicToday()),
    run: (input, actor) => createPatient(actor, input),
    onSuccess: ({ id }) => {
      revalidatePath('/patients');
      redirect(`/patients/${id}`);
    },
  });
  return action(previous, formData);
}
