import { z } from 'zod';
import { recordId, requiredText } from './fields';

/** Reinstating a cancelled course: the reason is kept with the cancellation it undoes. */
export const ZReinstateCourseSchema = z.object({
  courseId: recordId('validation.choose.courseToReinstate'),
  reason: requiredText('reason', 1000),
});

export type ReinstateCourseInput = z.infer<typeof ZReinstateCourseSchema>;
