'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { correctIndication } from '@/lib/server/indications/correct-indication';
import { indicationCorrectionSchema } from '@/lib/validation/indication';

export const correctIndicationAction = defineAction({
  schema: () => indicationCorrectionSchema(clinicToday()),
  run: (input, actor) => correctIndication(actor, input),
  onSuccess: ({ patientId }) => {
    revalidatePath(`/patients/${patientId}`);
    revalidatePath('/review');
    redirect(`/patients/${patientId}`);
  },
});
