'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { PRESCRIBED_PARAM } from '@/components/courses/prescribed-notice';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { canonicalDirections } from '@/lib/i18n/rule-directions';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { prescribeCourseSchema } from '@/lib/validation/course';

export const prescribeCourseAction = defineAction({
  schema: () => prescribeCourseSchema(clinicToday()),
  run: async (input, actor) => {
    // A step left in the rule book's words, as the doctor read them in their language, is stored
    // as the rule book's English, so a carer reading another language still gets it translated.
    const routine = input.routine && canonicalDirections(input.routine, await getRequestTranslator());
    return prescribeCourse(actor, { ...input, routine }, clinicToday());
  },
  onSuccess: ({ id, patientId }) => {
    revalidatePath('/patients');
    revalidatePath(`/patients/${patientId}`);
    // The course page then shows the prescription's warnings, read from the stored screening.
    redirect(`/courses/${id}?${PRESCRIBED_PARAM}=1`);
  },
});
