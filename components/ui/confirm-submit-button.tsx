'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';

/** A submit button that asks first: for actions that cannot be undone. */
export function ConfirmSubmitButton({ children, confirmText, variant = 'danger' }: { children: ReactNode; confirmText: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      disabled={pending}
      onClick={(event) => {
        if (!window.confirm(confirmText)) event.preventDefault();
      }}
    >
      {pending ? 'Working…' : children}
    </Button>
  );
}
