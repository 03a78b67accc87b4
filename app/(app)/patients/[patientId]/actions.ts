'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { translatable } from '@/lib/i18n/translatable';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { resolveIndication } from '@/lib/server/indications/record-indication';

const ZResolveIndicationSchema = z.object({ indicationId: recordId('validation.choose.indicationToResolve') });

export const resolveIndicationAction = defineAction({
  schema: ZResolveIndicationSchema,
  run: (input, actor) => resolveIndication(actor, input.indicationId, clinicToday()),
  onSuccess: ({ patientId }) => {
    revalidatePath(`/patients/${patientId}`);
    return { status: 'success', message: translatable('indications.resolve.done') };
  },
});
