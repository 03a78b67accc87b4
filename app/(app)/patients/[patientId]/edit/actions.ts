'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { updatePatient } from '@/lib/server/patients/save-patient';
import { patientSchema } from '@/lib/validation/patient';

/** Bound to the patient's id by the page; the use case checks the actor may edit patients. */
export async function updatePatientAction(patientId: string, previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'EDIT_PATIENTS',
    schema: patientSchema(clinicToday()),
    run: (input, actor) => updatePatient(actor, patientId, input),
    onSuccess: ({ id }) => {
      revalidatePath('/patients');
      revalidatePath(`/patients/${id}`);
      redirect(`/patients/${id}`);
    },
  });
  return action(previous, formData);
}
