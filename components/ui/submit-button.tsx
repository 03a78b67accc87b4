'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';

/** Disables itself while its form is being saved, so nothing is submitted twice. */
export function SubmitButton({
  children,
  pendingText = 'Saving…',
  variant,
}: {
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} variant={variant}>
      {pending ? pendingText : children}
    </Button>
  );
}
