'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';

const loadSchema = () => import('@/lib/validation/session-time').then((module) => module.ZSessionTimeSchema);

type Props = {
  action: FormAction;
  sessionId: string;
  /** The session's start now ("09:30"), or null when none is booked. */
  currentStart: string | null;
  currentRoom: string | null;
  /**
   * The free starts that day ("09:30"), the current one among them: written by the page
   * (formatMinute), as the clinic day's module would bring the calendar arithmetic into the
   * browser's code (issue 11).
   */
  starts: readonly string[];
  /** The clinic's rooms when there is a choice, else none. */
  rooms: readonly string[];
};

/** Picks a clinic session's time from its day's free starts (and its room, where the clinic has several). */
export function SessionTimeForm({ action, sessionId, currentStart, currentRoom, starts, rooms }: Props) {
  const t = useTranslations('sessions.time');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const isCurrentFree = currentStart !== null && starts.includes(currentStart);
  const options = [
    ...(isCurrentFree ? [] : [{ value: '', label: t('choose') }]),
    ...starts.map((start) => ({ value: start, label: start === currentStart ? t('current', { time: start }) : start })),
  ];
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
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField
        name="startTime"
        label={t('start')}
        options={options}
        defaultValue={submittedValue(state, 'startTime', isCurrentFree ? currentStart : '')}
        error={errorFor('startTime')}
        hint={t('startHint')}
      />
      {rooms.length > 0 ? (
        <SelectField
          name="room"
          label={t('room')}
          options={rooms.map((room) => ({ value: room, label: room }))}
          defaultValue={submittedValue(state, 'room', currentRoom ?? rooms[0])}
          error={errorFor('room')}
        />
      ) : null}
      <SubmitButton pendingText={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
