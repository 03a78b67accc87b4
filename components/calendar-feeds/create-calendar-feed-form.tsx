'use client';

import { ConfirmSubmitButton } from '@/components/ui/confirm-submit-button';
import { CopyableLink } from '@/components/ui/copyable-link';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { webcalUrl } from '@/lib/domain/calendar-feeds';

type Props = { action: FormAction; patientId?: string; replacesLink: boolean };

/** Makes the calendar link (replacing the one in force) and shows it this once, with a webcal:// link for phones. */
export function CreateCalendarFeedForm({ action, patientId, replacesLink }: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const link = state.status === 'success' && state.shownOnce ? `${window.location.origin}${state.shownOnce}` : null;
  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3">
      <FormMessage state={state} />
      {link ? (
        <CopyableLink name="calendarLink" label="Your calendar link" link={link}>
          <a href={webcalUrl(link)} className="font-medium text-brand-700 underline">
            Open in my calendar app
          </a>
        </CopyableLink>
      ) : null}
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}
      {replacesLink ? (
        <ConfirmSubmitButton
          variant="secondary"
          title="Make a new calendar link?"
          description="The link you have now stops working at once: calendars subscribed with it stop updating. Subscribe again with the new one."
          confirmLabel="Make a new link"
          cancelLabel="Keep the old one"
        >
          Make a new link
        </ConfirmSubmitButton>
      ) : (
        <SubmitButton pendingText="Making the link…">Make a calendar link</SubmitButton>
      )}
    </form>
  );
}
