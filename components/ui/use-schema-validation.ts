'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldError, formDataToValues, type ActionState } from '@/lib/actions/action-state';
import { translateMessage } from '@/lib/i18n/translatable';
import { focusFirstInvalid } from './use-action-form';

/**
 * Checks a form with the same zod schema its server action uses, before it is sent, so the
 * person sees every mistake at once without a round trip. The server checks again regardless.
 * The schema's messages are catalog references, read here in the page's language: the route's
 * layout gives its forms the validation catalog (lib/i18n/validation-client-messages.ts).
 */
export function useSchemaValidation(schema: z.ZodType, state: ActionState) {
  const t = useTranslations();
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const translate = (message: string) => translateMessage(message, (key, params) => t(key as never, params as never));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const parsed = schema.safeParse(formDataToValues(new FormData(form)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    // React does not run a form's action when its submit event was prevented.
    event.preventDefault();
    setClientErrors(
      z.flattenError(parsed.error, (issue) => translate(issue.message)).fieldErrors as Record<string, string[]>,
    );
    focusFirstInvalid(form);
  }

  return {
    onSubmit,
    /** The client's errors while they stand, else the server's. */
    errorFor: (field: string): string | undefined =>
      clientErrors ? clientErrors[field]?.join(' ') : fieldError(state, field),
    /** What the form-level message should say: the client's refusal while it stands, else the server's answer. */
    messageState: clientErrors ? clientRefusal(t('errors.action.invalidFields')) : state,
  };
}

function clientRefusal(message: string): ActionState {
  return { status: 'error', message, fieldErrors: {}, values: {} };
}
