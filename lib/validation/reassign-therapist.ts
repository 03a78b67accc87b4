import { z } from 'zod';
import { recordId } from './fields';

/** Handing an active clinic course's sessions to another therapist. */
export const ZReassignTherapistSchema = z.object({
  courseId: recordId('validation.choose.course'),
  // A form sent without the select at all gets the same words as an empty choice.
  therapistId: recordId('validation.choose.therapist'),
});

export type ReassignTherapistInput = z.infer<typeof ZReassignTherapistSchema>;
