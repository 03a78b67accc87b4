/** What every server action returns to its form (React's useActionState). */
export type ActionState =
  | { status: 'idle' }
  /**
   * shownOnce: a secret the server keeps no copy of (a caregiver's link), shown on this answer only;
   * nextHref: where to go on from it (the record just made).
   */
  | { status: 'success'; message: string; shownOnce?: string; nextHref?: string }
  | {
      status: 'error';
      message: string;
      /** Every invalid field's messages, not only the first one. */
      fieldErrors: Record<string, string[]>;
      /** What the user typed, so a rejected form keeps it. */
      values: Record<string, string | string[]>;
    };

export const IDLE: ActionState = { status: 'idle' };

export function fieldError(state: ActionState, field: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors[field]?.join(' ') : undefined;
}

/** The submitted value after a rejection, else the initial one: a form never loses input. */
export function submittedValue(state: ActionState, field: string, initial = ''): string {
  if (state.status !== 'error') return initial;
  const value = state.values[field];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? initial);
}

export function submittedValues(state: ActionState, field: string, initial: string[] = []): string[] {
  if (state.status !== 'error') return initial;
  const value = state.values[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Repeated keys (checkbox groups, multi-selects) become arrays; files are ignored. Schemas that
 * expect a list accept a single value too (see `listOf` in lib/validation/fields.ts). */
export function formDataToValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === 'string');
    values[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return values;
}
