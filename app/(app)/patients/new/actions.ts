'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { translatable } from '@/lib/i18n/translatable';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { createPatient } from '@/lib/server/patients/save-patient';
import { guardianInvitationPath } from '@/lib/domain/guardian-invitations';
import { newPatientSchema } from '@/lib/validation/patient';

export const createPatientAction = defineAction({
  // Built per request: "not in the future" is checked against today's date at the clinic.
  schema: () => newPatientSchema(clinicToday()),
  run: (input, actor) => createPatient(actor, input),
  onSuccess: ({ id, invitationToken }, input) => {
    revalidatePath('/patients');
    // The invitation's link is shown on this answer only: the server keeps no copy of it.
    if (invitationToken && input.invitation)
      return {
        status: 'success',
        message: translatable('patients.new.doneWithInvitation', { name: input.invitation.name }),
        shownOnce: guardianInvitationPath(invitationToken),
        nextHref: `/patients/${id}`,
      };
    redirect(`/patients/${id}`);
  },
});
