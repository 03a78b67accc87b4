'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';

/** Disables itself while its form is being saved, so nothing is submitted twice. */
export function SubmitButton({
  children,
  pendingText,
  variant,
}: {
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  const t = useTranslations('common');
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} variant={variant}>
      {pending ? (pendingText ?? t('saving')) : children}
    </Button>
  );
}
