import { z } from 'zod';

/** Handing an active clinic course's sessions to another therapist. */
export const ZReassignTherapistSchema = z.object({
  courseId: z.string().trim().min(1, 'Choose the course.'),
  // A form sent without the select at all gets the same words as an empty choice.
  therapistId: z.string({ error: 'Choose a therapist.' }).trim().min(1, 'Choose a therapist.'),
});

export type ReassignTherapistInput = z.infer<typeof ZReassignTherapistSchema>;
