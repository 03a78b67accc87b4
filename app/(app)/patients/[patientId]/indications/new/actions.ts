'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { indicationSchema } from '@/lib/validation/indication';

/** Bound to the patient's id by the page. */
export async function recordIndicationAction(patientId: string, previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'RECORD_INDICATION',
    schema: indicationSchema(clinicToday()),
    run: (input, actor) => recordIndication(actor, patientId, input),
    onSuccess: () => {
      revalidatePath(`/patients/${patientId}`);
      redirect(`/patients/${patientId}`);
    },
  });
  return action(previous, formData);
}
