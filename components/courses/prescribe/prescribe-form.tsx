'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue, submittedValues, type ActionState } from '@/lib/actions/action-state';
import { decisionInput, type Edits, type FormFacts, type ShownDecision } from './decision-input';
import { DeliverySection } from './delivery-section';
import { readForm, valuesAfter, type PrescribeCourseValues } from './form-values';
import { HomeRoutineSection } from './home-routine-section';
import { IndicationSection } from './indication-section';
import { NextCourseSection } from './next-course-section';
import { RoutineSection } from './routine-section';
import { ScheduleSection } from './schedule-section';
import { SchedulePreviewPanel } from './schedule-preview-panel';
import type { ScreeningChecklist } from './screening-checklist';
import { ScreeningSection } from './screening-section';
import { TimeSection } from './time-section';
import { useBookings } from './use-bookings';
import { useLiveDecision } from './use-live-decision';
import { useRoutineEdit, useSubmittedRoutineReader, type ReadSubmittedRoutine } from './use-routine-edit';
import { useSuggestedValue } from './use-suggested-value';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

/**
 * The prescribe form's plumbing: the values as they stand, the one `decidePrescription` the
 * server also runs (loaded after mount; until then the page's decision for the first values), and
 * submission. Each step is its own section in this folder, all reading the same values and
 * decision, so a step can be added or replaced without touching the others.
 * Three fields follow what the decision suggests until the doctor types in them: the routine,
 * the minutes per session (the routine's total) and the break before the next course.
 */

type Props = FormFacts & {
  action: FormAction;
  /** Preselected indication, today as the start date, the clinic's defaults; empty minutes and break follow the suggestion. */
  defaults: PrescribeCourseValues;
  /** The decision for `defaults`, made by the page: what the form shows until the decision's module has loaded. */
  initialDecision: ShownDecision;
  checklist: ScreeningChecklist;
  /** Made when the page renders: a double submit or a retry of this form makes one course. */
  idempotencyKey: string;
  locale: string;
  cancelHref: string;
};

export function PrescribeCourseForm(props: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(props.action);
  const readRoutine = useSubmittedRoutineReader();
  // Remounting on each answer restores the submitted values into every input and the preview.
  return (
    <PrescribeCourseFormBody
      key={formKey}
      {...props}
      state={state}
      formAction={formAction}
      formRef={formRef}
      readRoutine={readRoutine}
    />
  );
}

type BodyProps = Props & {
  state: ActionState;
  formAction: (formData: FormData) => void;
  formRef: RefObject<HTMLFormElement | null>;
  readRoutine: ReadSubmittedRoutine | null;
};

/** Fields whose refusal the form shows before submitting: a running course, home delivery and hypertonia's rests. */
const LIVE_FIELDS: readonly string[] = ['indicationId', 'location', 'restDays', 'room'];

function PrescribeCourseFormBody({
  defaults,
  initialDecision,
  checklist,
  indications,
  therapists,
  patient,
  clinicDefaults,
  clinicDay,
  today,
  idempotencyKey,
  locale,
  cancelHref,
  state,
  formAction,
  formRef,
  readRoutine,
}: BodyProps) {
  const t = useTranslations('courses.prescribe');
  const read = useTranslateMessage();
  const [values, setValues] = useState(() => valuesAfter(state, defaults));
  // The server's HTML can be filled in before this code arrives (prescribe-course-form.tsx): read what it holds.
  useEffect(() => {
    if (formRef.current) setValues(readForm(formRef.current));
  }, [formRef]);
  const loadSchema = useCallback(
    () => import('@/lib/validation/course').then((module) => module.prescribeCourseSchema(today)),
    [today],
  );
  const { onSubmit, errorFor, messageState } = useSchemaValidation(loadSchema, state);
  const chosen = indications.find((indication) => indication.id === values.indicationId) ?? null;
  const live = useLiveDecision();
  // The therapist's bookings over the course's dates, for the free times.
  const draft = live ? live.draftSchedule(values, patient.dateOfBirth) : initialDecision.preview.schedule;
  const { bookings, error: bookingsError } = useBookings(
    values.location === 'CLINIC' && values.therapistId && draft.ok
      ? { therapistId: values.therapistId, room: values.room, first: draft.first, last: draft.last }
      : null,
  );
  const facts = { indications, therapists, patient, clinicDefaults, clinicDay, today };
  const decide = (edits: Edits): ShownDecision =>
    live ? live.decidePrescription(decisionInput(facts, values, edits, bookings)) : initialDecision;

  // What the form came back with, to tell a kept value from one that followed the suggestion.
  const [atMount] = useState(() => {
    const routine = readRoutine?.(submittedValue(state, 'routine')) ?? null;
    return { routine, preview: decide({ routine, minutesPerSession: null, breakAfterDays: null }).preview };
  });
  const routineEdit = useRoutineEdit(
    atMount.routine,
    atMount.preview.routine.status === 'READY' ? atMount.preview.routine.proposal : [],
  );
  const minutesEdit = useSuggestedValue(values.minutesPerSession, atMount.preview.suggestedMinutesPerSession);
  const breakEdit = useSuggestedValue(values.breakAfterDays, atMount.preview.suggestedBreakAfterDays);

  const { preview, fieldErrors: liveErrors } = decide({
    routine: routineEdit.editedSteps,
    minutesPerSession: minutesEdit.typed,
    breakAfterDays: breakEdit.typed,
  });
  // What a condition rules out of the place and the schedule shows as soon as it is chosen, in the server's words.
  const liveErrorFor = (field: string) =>
    errorFor(field) ??
    (LIVE_FIELDS.includes(field) || (field === 'startTime' && values.startTime !== '')
      ? liveErrors[field]?.map(read).join(' ')
      : undefined);
  const routine = routineEdit.show(
    preview.routine.status === 'READY' ? preview.routine.proposal : [],
    live?.placeForAddedStep ?? null,
  );
  const sectionProps = { values, errorFor };

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onChange={(event) => setValues(readForm(event.currentTarget))}
      onSubmit={onSubmit}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start"
    >
      <div className="min-w-0 space-y-6">
        <FormMessage state={messageState} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <IndicationSection {...sectionProps} errorFor={liveErrorFor} indications={indications} />
        <ScreeningSection
          checklist={checklist}
          defaultPresent={submittedValues(state, 'contraindications')}
          present={values.contraindications}
          defaultConfirmed={submittedValue(state, 'screeningConfirmed') === 'on'}
          indicationKind={chosen?.kind ?? null}
          preview={preview}
          locale={locale}
          errorFor={errorFor}
        />
        <ScheduleSection
          {...sectionProps}
          errorFor={liveErrorFor}
          dateOfBirth={patient.dateOfBirth}
          plan={preview.routine}
          clinicSessions={clinicDefaults.courseSessions}
        />
        <RoutineSection preview={preview} routine={routine} errorFor={errorFor} />
        <DeliverySection
          {...sectionProps}
          errorFor={liveErrorFor}
          therapists={therapists}
          minutes={minutesEdit.show(preview.suggestedMinutesPerSession)}
          maxMinutes={preview.maxMinutes}
          plannedMinutes={preview.plannedMinutes}
        />
        <TimeSection
          {...sectionProps}
          errorFor={liveErrorFor}
          times={preview.times}
          clinicDay={clinicDay}
          loadError={bookingsError}
          locale={locale}
        />
        <HomeRoutineSection {...sectionProps} />
        <NextCourseSection
          {...sectionProps}
          breakDays={breakEdit.show(preview.suggestedBreakAfterDays)}
          clinicDefaults={clinicDefaults}
        />
      </div>

      <div className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <SchedulePreviewPanel preview={preview} locale={locale} />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t('pending')}>{t('submit')}</SubmitButton>
        <Link href={cancelHref} className="px-2 py-2 text-sm font-medium text-slate-700 underline">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
