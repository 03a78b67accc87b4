import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { hasVisibleCharacters, text } from './fields';
import {
  isBodyArea,
  isTechnique,
  isWholeSeconds,
  type BodyArea,
  type RoutineStep,
  type Technique,
} from '@/lib/domain/rules';

/** One step of a session routine as the doctor edited it; the rule book re-checks it. */
export const ZRoutineStepSchema = z.object({
  area: z
    .string()
    .refine(isBodyArea, translatable('validation.routine.unknownArea'))
    .transform((area) => area as BodyArea),
  technique: z
    .string()
    .refine(isTechnique, translatable('validation.routine.unknownTechnique'))
    .transform((technique) => technique as Technique),
  direction: text('direction', 300).refine(hasVisibleCharacters, translatable('validation.routine.direction')),
  repetitions: z.number().int().min(1).max(100).nullable(),
  /** Minutes, entered as minutes and seconds: a whole number of seconds, at most a whole session. */
  minutes: z
    .number()
    .positive(translatable('validation.routine.needsTime'))
    .max(45, translatable('validation.routine.stepTooLong'))
    .refine(isWholeSeconds, translatable('validation.routine.wholeSeconds')),
}) satisfies z.ZodType<RoutineStep, unknown>;

/** The routine travels in one hidden form field as JSON; empty means "take the proposal". */
export const routineField = z.preprocess(
  (value) => {
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  z
    .array(ZRoutineStepSchema, { error: translatable('validation.routine.unreadable') })
    .min(1, translatable('validation.routine.atLeastOneStep'))
    .max(80)
    .optional(),
);

/** The doctor's edit sent back with a refused form, as steps; null when there was none. */
export function readSubmittedRoutine(submitted: string): RoutineStep[] | null {
  const parsed = routineField.safeParse(submitted);
  return parsed.success && parsed.data !== undefined ? parsed.data : null;
}

const ZStoredRoutine = z.array(ZRoutineStepSchema).min(1);

/** A course's stored routine (JSON); null when none is stored or it cannot be read. */
export function parseStoredRoutine(value: unknown): RoutineStep[] | null {
  const routine = ZStoredRoutine.safeParse(value);
  return routine.success ? routine.data : null;
}
