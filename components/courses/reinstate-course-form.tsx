'use client';

import { useTranslations } from 'next-intl';
import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';

const loadSchema = () => import('@/lib/validation/reinstate-course').then((module) => module.ZReinstateCourseSchema);

/** Puts a cancelled course back into effect after asking; the reason is required and kept. */
export function ReinstateCourseForm({ action, courseId }: { action: FormAction; courseId: string }) {
  const t = useTranslations('courses.reinstateForm');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
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
      <ConfirmSubmitButton
        variant="primary"
        title={t('confirmTitle')}
        description={t('confirmDescription')}
        confirmLabel={t('confirm')}
        cancelLabel={t('keep')}
      >
        {t('submit')}
      </ConfirmSubmitButton>
    </form>
  );
}
