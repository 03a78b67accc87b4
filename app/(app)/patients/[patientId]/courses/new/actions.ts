'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { PRESCRIBED_PARAM } from '@/components/courses/prescribed-notice';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { prescribeCourseSchema } from '@/lib/validation/course';

export const prescribeCourseAction = defineAction({
  schema: () => prescribeCourseSchema(clinicToday()),
  run: (input, actor) => prescribeCourse(actor, input, clinicToday()),
  onSuccess: ({ id, patientId }) => {
    revalidatePath('/patients');
    revalidatePath(`/patients/${patientId}`);
    // The course page then shows the prescription's warnings, read from the stored screening.
    redirect(`/courses/${id}?${PRESCRIBED_PARAM}=1`);
  },
});
