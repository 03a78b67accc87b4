'use client';

import { useTranslations } from 'next-intl';
import { useRef, type FormEvent } from 'react';
import { ConfirmDialog, isConfirmedSubmit, type ConfirmDialogHandle } from '@/components/ui/confirm-dialog';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';

const loadSchema = () => import('@/lib/validation/cancel-course').then((module) => module.ZCancelCourseSchema);

/** Stops an active course after asking; the reason is required and kept with the course. */
export function CancelCourseForm({ action, courseId }: { action: FormAction; courseId: string }) {
  const t = useTranslations('courses.cancelForm');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const confirmDialog = useRef<ConfirmDialogHandle>(null);
  // Ask only once the reason is there: confirming first, then being told to fill it in, is backwards.
  // The first press only asks; the dialog's confirm button submits the form again, and that one goes.
  const checkThenConfirm = (event: FormEvent<HTMLFormElement>) => {
    onSubmit(event);
    if (event.defaultPrevented || isConfirmedSubmit(event)) return;
    event.preventDefault();
    confirmDialog.current?.open((event.nativeEvent as SubmitEvent).submitter);
  };
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={checkThenConfirm}
      noValidate
      aria-label={t('label')}
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <input type="hidden" name="courseId" value={courseId} />
      <TextAreaField
        name="reason"
        label={t('reason')}
        rows={2}
        hint={t('reasonHint')}
        defaultValue={submittedValue(state, 'reason')}
        error={errorFor('reason')}
      />
      <SubmitButton variant="danger" pendingText={t('pending')}>
        {t('submit')}
      </SubmitButton>
      <ConfirmDialog ref={confirmDialog} title={t('confirmTitle')} confirmLabel={t('confirm')} cancelLabel={t('keep')}>
        {t('confirmDescription')}
      </ConfirmDialog>
    </form>
  );
}
