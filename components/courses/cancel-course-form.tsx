'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { ZCancelCourseSchema } from '@/lib/validation/cancel-course';

/** Stops an active course after asking; the reason is required and kept with the course. */
export function CancelCourseForm({ action, courseId }: { action: FormAction; courseId: string }) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZCancelCourseSchema, state);
  return (
    <form key={formKey} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Cancel the course" className="space-y-4">
      <FormMessage state={messageState} />
      <input type="hidden" name="courseId" value={courseId} />
      <TextAreaField
        name="reason"
        label="Reason for cancelling"
        rows={2}
        hint="Required; the family sees it. For example: heart defect found, no massage until cleared; or the family withdrew."
        defaultValue={submittedValue(state, 'reason')}
        error={errorFor('reason')}
      />
      <ConfirmSubmitButton confirmText="Cancel this course? Its remaining sessions will not take place and can no longer be recorded. This cannot be undone.">
        Cancel course
      </ConfirmSubmitButton>
    </form>
  );
}
