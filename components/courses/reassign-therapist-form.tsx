'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue } from '@/lib/actions/action-state';

const loadSchema = () =>
  import('@/lib/validation/reassign-therapist').then((module) => module.ZReassignTherapistSchema);

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
  const t = useTranslations('courses.reassignForm');
  const { state, formAction, formKey, formRef } = useActionForm(action);
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  // A deactivated therapist is not a choice: the select then starts empty and asks for one.
  const isCurrentChoosable = therapists.some((therapist) => therapist.id === currentTherapistId);
  const options = [
    ...(isCurrentChoosable ? [] : [{ value: '', label: t('choose') }]),
    ...therapists.map((therapist) => ({
      value: therapist.id,
      label: therapist.id === currentTherapistId ? t('current', { name: therapist.name }) : therapist.name,
    })),
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
      <input type="hidden" name="courseId" value={courseId} />
      <SelectField
        name="therapistId"
        label={t('therapist')}
        options={options}
        defaultValue={submittedValue(state, 'therapistId', isCurrentChoosable ? (currentTherapistId ?? '') : '')}
        error={errorFor('therapistId')}
        hint={therapists.length === 0 ? t('noTherapists') : undefined}
      />
      <SubmitButton pendingText={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
