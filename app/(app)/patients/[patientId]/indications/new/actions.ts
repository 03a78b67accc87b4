'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { recordIndication } from '@/lib/server/indications/record-indication';
import { indicationSchema } from '@/lib/validation/indication';

/** Bound to the patient's id by the page. */
export const recordIndicationAction = defineAction({
  schema: () => indicationSchema(clinicToday()),
  bind: z.tuple([recordId('validation.choose.patient')]),
  run: (input, actor, [patientId]) => recordIndication(actor, patientId, input),
  onSuccess: (_created, _input, [patientId]) => {
    revalidatePath(`/patients/${patientId}`);
    redirect(`/patients/${patientId}`);
  },
});
