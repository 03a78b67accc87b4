'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { ZCancelCourseSchema } from '@/lib/validation/cancel-course';

export async function cancelCourseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const action = defineAction({
    permission: 'CANCEL_COURSE',
    schema: ZCancelCourseSchema,
    run: (input, actor) => cancelCourse(actor, input),
    onSuccess: ({ id, patientId }) => {
      // Every page that showed the course as running, or its sessions as to do.
      revalidatePath(`/courses/${id}`);
      revalidatePath(`/patients/${patientId}`);
      revalidatePath(`/children/${patientId}`);
      revalidatePath('/patients');
      revalidatePath('/children');
      revalidatePath('/sessions');
      return { status: 'success', message: 'Course cancelled.' };
    },
  });
  return action(previous, formData);
}
