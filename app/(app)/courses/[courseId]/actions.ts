'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { reassignTherapist } from '@/lib/server/courses/reassign-therapist';
import { ZCancelCourseSchema } from '@/lib/validation/cancel-course';
import { ZReassignTherapistSchema } from '@/lib/validation/reassign-therapist';

export const cancelCourseAction = defineAction({
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

export const reassignTherapistAction = defineAction({
  schema: ZReassignTherapistSchema,
  run: (input, actor) => reassignTherapist(actor, input),
  onSuccess: ({ id, patientId, therapistName }) => {
    // The course, patient and family pages name the therapist; both therapists' agendas change.
    revalidatePath(`/courses/${id}`);
    revalidatePath(`/patients/${patientId}`);
    revalidatePath(`/children/${patientId}`);
    revalidatePath('/sessions');
    revalidatePath('/admin/users');
    return {
      status: 'success',
      message: `${therapistName} now has this course: the sessions still to come are theirs to record.`,
    };
  },
});
