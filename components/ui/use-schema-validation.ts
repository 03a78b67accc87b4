'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import { fieldError, formDataToValues, type ActionState } from '@/lib/actions/action-state';
import type { Translate } from '@/lib/i18n/translatable';
import { focusFirstInvalid } from './use-action-form';

/** The schema's check, its messages read with the page's catalog lookup and language. */
type Check = (values: Record<string, unknown>, t: Translate, locale: string) => Record<string, string[]> | null;

/** The check while it loads, once it has, or 'unavailable' when it could not load (the server still checks). */
type CheckState =
  { status: 'loading'; ready: Promise<unknown> } | { status: 'ready'; check: Check } | { status: 'unavailable' };

/**
 * Checks a form with the same zod schema its server action uses, before it is sent, so the
 * person sees every mistake at once without a round trip. The server checks again regardless.
 * The schema's messages are catalog references, read here in the page's language: the route's
 * layout gives its forms the validation catalog (lib/i18n/validation-client-messages.ts).
 *
 * The schema and zod load after the form has mounted (`loadSchema` is a dynamic import; keep it
 * stable, e.g. at module level), so they are not part of the page's first JavaScript. A submit
 * before they have arrived waits for them and is then made again, so it is checked, and whatever
 * the form does after the check (asking to confirm) happens as it would have.
 */
export function useSchemaValidation(loadSchema: () => Promise<ZodType>, state: ActionState) {
  const t = useTranslations();
  const locale = useLocale();
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const checkState = useRef<CheckState>({ status: 'unavailable' });

  useEffect(() => {
    let isCurrent = true;
    // The messages' reader (translateMessage) comes with the schema: only its messages need it, and
    // it is not part of the page's first JavaScript either (issue 11).
    const ready = Promise.all([loadSchema(), import('./schema-field-errors'), import('@/lib/i18n/translatable')]).then(
      ([schema, { schemaFieldErrors }, { translateMessage }]) => {
        if (isCurrent)
          checkState.current = {
            status: 'ready',
            check: (values, translate, readerLocale) =>
              schemaFieldErrors(schema, values, (message) => translateMessage(message, translate, readerLocale)),
          };
      },
      () => {
        if (isCurrent) checkState.current = { status: 'unavailable' };
      },
    );
    checkState.current = { status: 'loading', ready };
    return () => {
      isCurrent = false;
    };
  }, [loadSchema]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const current = checkState.current;
    if (current.status === 'unavailable') return;
    // React does not run a form's action when its submit event was prevented.
    if (current.status === 'loading') {
      event.preventDefault();
      const { submitter } = event.nativeEvent as SubmitEvent;
      void current.ready.then(() => {
        if (form.isConnected) form.requestSubmit(submitter?.isConnected ? submitter : null);
      });
      return;
    }
    const errors = current.check(
      formDataToValues(new FormData(form)),
      (key, params) => t(key as never, params as never),
      locale,
    );
    setClientErrors(errors);
    if (!errors) return;
    event.preventDefault();
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
