import { z } from 'zod';
import { isIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { CONTRAINDICATION_IDS, isBodyArea, type BodyArea, type ContraindicationId } from '@/lib/domain/rules';

/**
 * The screening stored with a course (course.screening JSON, written by prescribeCourse), read
 * back for display. Items and areas this version does not know are dropped rather than failing
 * the whole record; a record of another shape reads as "no screening stored".
 */
export const ZStoredScreeningSchema = z.object({
  screenedOn: z
    .string()
    .refine(isIsoDate)
    .transform((date) => date as IsoDate),
  screenedById: z.string(),
  answers: z.record(z.string(), z.boolean()),
  excludedAreas: z.array(z.string()).transform((areas) => areas.filter(isBodyArea) as BodyArea[]),
  postponedFor: z.array(z.string()).default([]),
  warnings: z.array(z.string()).default([]),
});

export type StoredScreening = Omit<z.infer<typeof ZStoredScreeningSchema>, 'answers'> & {
  /** The checklist items that were present, in the checklist's order. */
  present: ContraindicationId[];
};

export function parseStoredScreening(value: unknown): StoredScreening | null {
  const parsed = ZStoredScreeningSchema.safeParse(value);
  if (!parsed.success) return null;
  const { answers, ...screening } = parsed.data;
  return { ...screening, present: CONTRAINDICATION_IDS.filter((id) => answers[id] === true) };
}
