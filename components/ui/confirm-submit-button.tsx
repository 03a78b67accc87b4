'use client';

import { useTranslations } from 'next-intl';
import { useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';
import { ConfirmDialog, type ConfirmDialogHandle } from './confirm-dialog';

type Props = {
  children: ReactNode;
  /** The question the dialog asks and is named by: "Deactivate Anna Smith?". */
  title: string;
  /** What going on does. */
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  variant?: ButtonVariant;
};

/**
 * A button for an action that cannot be undone: it only asks, and the form is sent when the
 * person confirms in the dialog. It is not a submit button itself, so nothing is sent unasked,
 * not even before the page has hydrated.
 */
export function ConfirmSubmitButton({
  children,
  title,
  description,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
}: Props) {
  const { pending } = useFormStatus();
  const dialog = useRef<ConfirmDialogHandle>(null);
  const t = useTranslations('common');
  return (
    <>
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-haspopup="dialog"
        onClick={(event) => dialog.current?.open(event.currentTarget)}
      >
        {pending ? t('working') : children}
      </Button>
      <ConfirmDialog ref={dialog} title={title} confirmLabel={confirmLabel} cancelLabel={cancelLabel}>
        {description}
      </ConfirmDialog>
    </>
  );
}
