'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { CopyableLink } from '@/components/ui/copyable-link';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { webcalUrl } from '@/lib/domain/calendar-feeds';

/** The form's words in the interface's language, looked up on the server (calendar.subscription.create). */
type Labels = {
  link: string;
  open: string;
  replaceTitle: string;
  replaceDescription: string;
  replaceConfirm: string;
  replaceCancel: string;
  replaceButton: string;
  pending: string;
  submit: string;
};

type Props = { action: FormAction; patientId?: string; replacesLink: boolean; labels: Labels };

/** Makes the calendar link (replacing the one in force) and shows it this once, with a webcal:// link for phones. */
export function CreateCalendarFeedForm({ action, patientId, replacesLink, labels }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const link = state.status === 'success' && state.shownOnce ? `${window.location.origin}${state.shownOnce}` : null;
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3">
      <FormMessage state={state} />
      {link ? (
        <CopyableLink name="calendarLink" label={labels.link} link={link}>
          <a href={webcalUrl(link)} className="font-medium text-brand-700 underline">
            {labels.open}
          </a>
        </CopyableLink>
      ) : null}
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}
      {replacesLink ? (
        <ConfirmSubmitButton
          variant="secondary"
          title={labels.replaceTitle}
          description={labels.replaceDescription}
          confirmLabel={labels.replaceConfirm}
          cancelLabel={labels.replaceCancel}
        >
          {labels.replaceButton}
        </ConfirmSubmitButton>
      ) : (
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      )}
    </form>
  );
}
