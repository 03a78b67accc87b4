'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { IDLE, type ActionState } from '@/lib/actions/action-state';

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * useActionState plus what every form here needs: a key that changes with each answer, so the
 * form remounts with the submitted values as its defaults (React 19 resets a form after its
 * action, and selects and checkboxes only read their defaults when mounted), and focus moved to
 * the first rejected field.
 */
export function useActionForm(action: FormAction) {
  const [state, formAction] = useActionState(action, IDLE);
  const [formKey, setFormKey] = useState(0);
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    setFormKey((key) => key + 1);
  }

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'error') focusFirstInvalid(formRef.current);
  }, [state, formKey]);

  return { state, formAction, formKey, formRef };
}

/** Moves focus to the first field marked invalid (after React has rendered the messages). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      invalid?.tagName === 'FIELDSET' ? invalid.querySelector<HTMLElement>('input, select, textarea') : invalid;
    target?.focus();
  });
}
