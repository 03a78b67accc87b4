import { z } from 'zod';
import { recordId, requiredText } from './fields';

/** Cancelling an active course: the reason is kept with it, for the record and for the family. */
export const ZCancelCourseSchema = z.object({
  courseId: recordId('validation.choose.courseToCancel'),
  reason: requiredText('reason', 1000),
});

export type CancelCourseInput = z.infer<typeof ZCancelCourseSchema>;
