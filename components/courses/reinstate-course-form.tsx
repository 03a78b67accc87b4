'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { ZReinstateCourseSchema } from '@/lib/validation/reinstate-course';

/** Puts a cancelled course back into effect after asking; the reason is required and kept. */
export function ReinstateCourseForm({ action, courseId }: { action: FormAction; courseId: string }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZReinstateCourseSchema, state);
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Reinstate the course"
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <input type="hidden" name="courseId" value={courseId} />
      <TextAreaField
        name="reason"
        label="Reason for reinstating"
        rows={2}
        hint="Required; for example: cancelled by mistake, or cardiology cleared the child."
        defaultValue={submittedValue(state, 'reason')}
        error={errorFor('reason')}
      />
      <ConfirmSubmitButton
        variant="primary"
        title="Reinstate this course?"
        description="The course runs again: the sessions it still needs are planned from today, and the cancellation stays in its history."
        confirmLabel="Reinstate the course"
        cancelLabel="Keep it cancelled"
      >
        Reinstate course
      </ConfirmSubmitButton>
    </form>
  );
}
