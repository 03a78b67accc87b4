'use client';

import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';
import { ZReassignTherapistSchema } from '@/lib/validation/reassign-therapist';

type Therapist = { id: string; name: string };

type Props = {
  action: FormAction;
  courseId: string;
  /** The course's therapist now, who may no longer be among the active ones. */
  currentTherapistId: string | null;
  /** The clinic's active therapists. */
  therapists: Therapist[];
};

/** Picks who records the course's sessions from now on; the current therapist is preselected and marked. */
export function ReassignTherapistForm({ action, courseId, currentTherapistId, therapists }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZReassignTherapistSchema, state);
  // A deactivated therapist is not a choice: the select then starts empty and asks for one.
  const isCurrentChoosable = therapists.some((therapist) => therapist.id === currentTherapistId);
  const options = [
    ...(isCurrentChoosable ? [] : [{ value: '', label: 'Choose a therapist' }]),
    ...therapists.map((therapist) => ({
      value: therapist.id,
      label: therapist.id === currentTherapistId ? `${therapist.name} (current)` : therapist.name,
    })),
  ];
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Change the therapist"
      className="space-y-4"
    >
      <FormMessage state={messageState} />
      <input type="hidden" name="courseId" value={courseId} />
      <SelectField
        name="therapistId"
        label="Therapist"
        options={options}
        defaultValue={submittedValue(state, 'therapistId', isCurrentChoosable ? (currentTherapistId ?? '') : '')}
        error={errorFor('therapistId')}
        hint={therapists.length === 0 ? 'There is no active therapist account: a clinic admin adds them.' : undefined}
      />
      <SubmitButton pendingText="Changing…">Change therapist</SubmitButton>
    </form>
  );
}
