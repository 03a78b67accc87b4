import { z } from 'zod';
import { isIsoDate } from '@/lib/domain/calendar-date';

/** Form fields arrive as strings; these turn them into typed values with plain-words messages. */

export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);

export const optionalText = (label: string, max = 2000) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters.`).optional().default('');

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    // Stop at the first failure, so an empty field gets one message, not two.
    .min(1, { message: `${label} is required.`, abort: true })
    .refine(isIsoDate, { message: `${label} must be a real date (YYYY-MM-DD).`, abort: true });

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const optionalIsoDate = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z.string().trim().refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD).`).optional(),
  );

export const wholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${label} must be a whole number.` })
      .int(`${label} must be a whole number.`)
      .min(min, `${label} must be at least ${min}.`)
      .max(max, `${label} must be at most ${max}.`),
  );

export const optionalWholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${label} must be a whole number.` })
      .int(`${label} must be a whole number.`)
      .min(min, `${label} must be at least ${min}.`)
      .max(max, `${label} must be at most ${max}.`)
      .optional(),
  );

/** A checkbox group or multi-select: absent means none chosen, one value means a list of one. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());
