'use client';

import { CopyableLink } from '@/components/ui/copyable-link';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { submittedValue } from '@/lib/actions/action-state';
import { CARE_LINK_DEFAULT_DAYS, CARE_LINK_MAX_DAYS, CARE_LINK_MIN_DAYS } from '@/lib/domain/care-links';

type Props = { action: FormAction; patientId: string };

/** Makes a link for another caregiver and shows it this once, ready to copy. */
export function CreateCareLinkForm({ action, patientId }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const link = state.status === 'success' && state.shownOnce ? `${window.location.origin}${state.shownOnce}` : null;
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {link ? <CopyableLink name="link" label="The caregiver’s link" link={link} /> : null}
      <input type="hidden" name="patientId" value={patientId} />
      <TextField
        name="caregiverName"
        label="Caregiver’s name"
        hint="Shown on the sessions they record, e.g. “Granny Ann”."
        autoComplete="off"
        maxLength={100}
        defaultValue={submittedValue(state, 'caregiverName')}
        error={errors.caregiverName?.[0]}
      />
      <TextField
        name="days"
        label="Valid for (days)"
        type="number"
        inputMode="numeric"
        min={CARE_LINK_MIN_DAYS}
        max={CARE_LINK_MAX_DAYS}
        defaultValue={submittedValue(state, 'days', String(CARE_LINK_DEFAULT_DAYS))}
        error={errors.days?.[0]}
      />
      <SubmitButton pendingText="Making the link…">Make a link</SubmitButton>
    </form>
  );
}
