'use server';

import { revalidatePath } from 'next/cache';
import { translatable } from '@/lib/i18n/translatable';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { reassignTherapist } from '@/lib/server/courses/reassign-therapist';
import { reinstateCourse } from '@/lib/server/courses/reinstate-course';
import { ZCancelCourseSchema } from '@/lib/validation/cancel-course';
import { ZReassignTherapistSchema } from '@/lib/validation/reassign-therapist';
import { ZReinstateCourseSchema } from '@/lib/validation/reinstate-course';

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
    return { status: 'success', message: translatable('courses.cancelForm.done') };
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
      message: translatable('courses.reassignForm.done', { name: therapistName }),
    };
  },
});

export const reinstateCourseAction = defineAction({
  schema: ZReinstateCourseSchema,
  run: (input, actor) => reinstateCourse(actor, input, clinicToday()),
  onSuccess: ({ id, patientId, resumesOn }) => {
    // Every page that showed the course as cancelled, or leaves its sessions out of a to-do list.
    revalidatePath(`/courses/${id}`);
    revalidatePath(`/patients/${patientId}`);
    revalidatePath(`/children/${patientId}`);
    revalidatePath('/patients');
    revalidatePath('/children');
    revalidatePath('/sessions');
    revalidatePath('/review');
    return {
      status: 'success',
      message: resumesOn
        ? translatable('courses.reinstateForm.doneResumes', { resumesOn })
        : translatable('courses.reinstateForm.done'),
    };
  },
});
