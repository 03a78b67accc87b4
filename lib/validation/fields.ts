import { z } from 'zod';
import { isIsoDate, parseIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { label as labelOf, translatable, type MessageKey, type ValidationLabel } from '@/lib/i18n/translatable';

/**
 * Form fields arrive as strings; these turn them into typed values with plain-words messages. The
 * messages are references to messages/<locale>/validation.json, translated where they are shown
 * (lib/i18n/translatable.ts); a field's label is a key of its `labels`.
 */

/** A message about one field: its label and any other placeholders. */
const about = (field: ValidationLabel, key: MessageKey, params: Record<string, number> = {}) =>
  translatable(key, { label: labelOf(field), ...params });

// What a keyboard cannot type, except tab and line breaks: PostgreSQL refuses NUL in text (a 500
// before this check), and the other control characters only garble what the next reader sees.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Zero-width and other characters that print nothing: a name made only of them looks empty.
const INVISIBLE_CHARACTERS = /[\s\u00AD\u034F\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u3164\uFEFF]/gu;

export const hasVisibleCharacters = (value: string): boolean => value.replace(INVISIBLE_CHARACTERS, '').length > 0;

/** Every text a person types goes through here, so none can carry control characters. */
export const text = (label: ValidationLabel, max: number) =>
  z
    .string({ error: about(label, 'validation.field.mustBeText') })
    .trim()
    .max(max, about(label, 'validation.field.tooLong', { max }))
    .refine((value) => !CONTROL_CHARACTERS.test(value), about(label, 'validation.field.unsavable'));

export const requiredText = (label: ValidationLabel, max = 200) =>
  text(label, max).refine(hasVisibleCharacters, about(label, 'validation.field.required'));

export const optionalText = (label: ValidationLabel, max = 2000) => text(label, max).optional().default('');

/**
 * A record's id as a form or a page's address carries it. Ours are cuids; anything else cannot
 * name a record, so it is refused before it reaches the database.
 */
export const recordId = (key: MessageKey) => {
  const message = translatable(key);
  return z
    .string({ error: message })
    .trim()
    .refine((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id), message);
};

/**
 * The key a create form carries (a random UUID made when the form renders), so that a double
 * submit or a retry of that form makes one record (lib/server/create-once.ts). Optional: code
 * that creates records without a form has nothing to repeat.
 */
export const idempotencyKey = z.uuid(translatable('errors.action.outOfDate')).optional();

/** No record of an infant clinic is dated before this; an earlier date is a typing error. */
export const EARLIEST_DATE: IsoDate = parseIsoDate('1990-01-01');

export const isoDate = (label: ValidationLabel) =>
  z
    .string({ error: about(label, 'validation.field.required') })
    .trim()
    // Stop at the first failure, so an empty field gets one message, not two.
    .min(1, { message: about(label, 'validation.field.required'), abort: true })
    .refine(isIsoDate, { message: about(label, 'validation.field.realDate'), abort: true })
    .refine((date) => date >= EARLIEST_DATE, about(label, 'validation.field.before1990'));

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** A typed figure as a number (NaN for a word, left for the check to refuse); a blank field as missing. */
export const typedFigure = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const figure = value.trim();
  return figure === '' ? undefined : Number(figure);
};

export const optionalIsoDate = (label: ValidationLabel) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .refine(isIsoDate, { message: about(label, 'validation.field.realDate'), abort: true })
      .refine((date) => date >= EARLIEST_DATE, about(label, 'validation.field.before1990'))
      .optional(),
  );

export const wholeNumber = (label: ValidationLabel, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: about(label, 'validation.field.wholeNumber') })
      .int(about(label, 'validation.field.wholeNumber'))
      .min(min, about(label, 'validation.field.atLeast', { min }))
      .max(max, about(label, 'validation.field.atMost', { max })),
  );

export const optionalWholeNumber = (label: ValidationLabel, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: about(label, 'validation.field.wholeNumber') })
      .int(about(label, 'validation.field.wholeNumber'))
      .min(min, about(label, 'validation.field.atLeast', { min }))
      .max(max, about(label, 'validation.field.atMost', { max }))
      .optional(),
  );

/** A checkbox group or multi-select: absent means none chosen, one value means a list of one. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());
