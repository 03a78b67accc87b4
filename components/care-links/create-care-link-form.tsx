'use client';

import { CopyableLink } from '@/components/ui/copyable-link';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { submittedValue } from '@/lib/actions/action-state';
import { CARE_LINK_DEFAULT_DAYS, CARE_LINK_MAX_DAYS, CARE_LINK_MIN_DAYS } from '@/lib/domain/care-links';

/** The form's words in the interface's language, looked up on the server (care.links.form). */
type Labels = { link: string; name: string; nameHint: string; days: string; pending: string; submit: string };

type Props = { action: FormAction; patientId: string; labels: Labels };

/** Makes a link for another caregiver and shows it this once, ready to copy. */
export function CreateCareLinkForm({ action, patientId, labels }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const link = state.status === 'success' && state.shownOnce ? `${window.location.origin}${state.shownOnce}` : null;
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {link ? <CopyableLink name="link" label={labels.link} link={link} /> : null}
      <input type="hidden" name="patientId" value={patientId} />
      <TextField
        name="caregiverName"
        label={labels.name}
        hint={labels.nameHint}
        autoComplete="off"
        maxLength={100}
        defaultValue={submittedValue(state, 'caregiverName')}
        error={errors.caregiverName?.[0]}
      />
      <TextField
        name="days"
        label={labels.days}
        type="number"
        inputMode="numeric"
        min={CARE_LINK_MIN_DAYS}
        max={CARE_LINK_MAX_DAYS}
        defaultValue={submittedValue(state, 'days', String(CARE_LINK_DEFAULT_DAYS))}
        error={errors.days?.[0]}
      />
      <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
