'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldError, formDataToValues, type ActionState } from '@/lib/actions/action-state';
import { focusFirstInvalid } from './use-action-form';

/**
 * Checks a form with the same zod schema its server action uses, before it is sent, so the
 * person sees every mistake at once without a round trip. The server checks again regardless.
 */
export function useSchemaValidation(schema: z.ZodType, state: ActionState) {
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const parsed = schema.safeParse(formDataToValues(new FormData(form)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    // React does not run a form's action when its submit event was prevented.
    event.preventDefault();
    setClientErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    focusFirstInvalid(form);
  }

  return {
    onSubmit,
    /** The client's errors while they stand, else the server's. */
    errorFor: (field: string): string | undefined =>
      clientErrors ? clientErrors[field]?.join(' ') : fieldError(state, field),
    /** What the form-level message should say: the client's refusal while it stands, else the server's answer. */
    messageState: clientErrors ? CLIENT_REFUSAL : state,
  };
}

const CLIENT_REFUSAL: ActionState = {
  status: 'error',
  message: 'Please correct the highlighted fields.',
  fieldErrors: {},
  values: {},
};
