import { translatable } from '@/lib/i18n/translatable';

/** Said when a correction would change nothing: it would put a false entry in the history. */
export const NOTHING_CHANGED = translatable('errors.refusal.correction.nothingChanged');

/** A record's fields as a correction compares and keeps them: plain values a form shows. */
export type FieldValues = Record<string, string | number | boolean | null | readonly string[]>;

function isSame(a: FieldValues[string], b: FieldValues[string]): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/**
 * The previous values of the fields a correction changes, by field name: what a patient's details
 * or an indication said before, kept with who corrected it, when and why. Empty when nothing changed.
 */
export function previousValues<T extends FieldValues>(before: T, after: T): Partial<T> {
  return Object.fromEntries(
    Object.keys(before)
      .filter((field) => !isSame(before[field] as T[string], after[field] as T[string]))
      .map((field) => [field, before[field]]),
  ) as Partial<T>;
}
