'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { PRESCRIBED_PARAM } from '@/components/courses/prescribed-notice';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { ZPrescribeCourseSchema } from '@/lib/validation/course';

export async function prescribeCourseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'PRESCRIBE_COURSE',
    schema: ZPrescribeCourseSchema,
    run: (input, actor) => prescribeCourse(actor, input, clinicToday()),
    onSuccess: ({ id, patientId }) => {
      revalidatePath('/patients');
      revalidatePath(`/patients/${patientId}`);
      // The course page then shows the prescription's warnings, read from the stored screening.
      redirect(`/courses/${id}?${PRESCRIBED_PARAM}=1`);
    },
  });
  return action(previous, formData);
}
