'use client';

import Link from 'next/link';
import { useState, type RefObject } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { useSchemaValidation } from '@/components/ui/use-schema-validation';
import { submittedValue, submittedValues, type ActionState } from '@/lib/actions/action-state';
import { WEEKDAY_SHORT_NAMES, WEEKDAYS, type IsoDate } from '@/lib/domain/calendar-date';
import { FIRST_SESSIONS_LIMIT, formatSources, type ClinicDefaults, type IndicationKind } from '@/lib/domain/rules';
import { FREQUENCIES } from '@/lib/domain/schedule';
import { COURSE_LIMITS, SESSION_LOCATIONS, ZPrescribeCourseSchema } from '@/lib/validation/course';
import { FormSection } from './form-section';
import { LOCATION_LABELS } from '@/components/sessions/labels';
import { FREQUENCY_LABELS } from './labels';
import { ageDaysOn, maxSessionMinutesOn, planRoutine, suggestedBreakDays, suggestedMinutesPerSession, type PatientFacts, type RoutinePlan } from './prescription-preview';
import { RoutineSection, useRoutineEdit } from './routine-editor';
import { buildSchedulePreview, describeBreak, SchedulePreviewPanel, type ScheduleFormValues } from './schedule-preview';
import { ScreeningSection } from './screening-section';
import { useSuggestedValue, type SuggestedValue } from './use-suggested-value';

/**
 * The prescribe form. Each step is its own section component below, all reading one snapshot of
 * the form's values, so a step can be added or replaced without touching the others. Inputs stay
 * uncontrolled; the snapshot is re-read on every change and feeds the live screening verdict,
 * the proposed routine and the schedule preview. Three fields follow what the rule book suggests
 * until the doctor types in them: the routine, the minutes per session (the routine's total) and
 * the break before the next course (by the indication and the child's age when the course ends).
 */

export type PrescribeCourseValues = ScheduleFormValues & {
  indicationId: string;
  location: string;
  /** Empty: follow the routine's total. */
  minutesPerSession: string;
  therapistId: string;
  homeRoutineNotes: string;
  contraindications: string[];
};

const LIST_FIELDS = ['weekdays', 'daysOff', 'contraindications'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type TextFieldName = Exclude<keyof PrescribeCourseValues, ListField>;
const TEXT_FIELDS = [
  'indicationId',
  'sessionCount',
  'frequency',
  'restAfterEvery',
  'restDays',
  'startDate',
  'location',
  'minutesPerSession',
  'therapistId',
  'homeRoutineNotes',
  'breakAfterDays',
] as const satisfies readonly TextFieldName[];

export type IndicationOption = { id: string; label: string; kind: IndicationKind; diagnosis: string };
export type TherapistOption = { id: string; name: string };

type Props = {
  action: FormAction;
  /** Preselected indication, today as the start date, the clinic's defaults; empty minutes and break follow the suggestion. */
  defaults: PrescribeCourseValues;
  indications: IndicationOption[];
  therapists: TherapistOption[];
  patient: PatientFacts;
  clinicDefaults: ClinicDefaults;
  today: IsoDate;
  locale: string;
  cancelHref: string;
};

/** What the form shows: the defaults, or what was typed when the server refused it. */
function valuesAfter(state: ActionState, defaults: PrescribeCourseValues): PrescribeCourseValues {
  const values = { ...defaults };
  for (const field of TEXT_FIELDS) values[field] = submittedValue(state, field, defaults[field]);
  for (const field of LIST_FIELDS) values[field] = submittedValues(state, field, defaults[field]);
  return values;
}

/** Reads the form as it stands, including the ticks in a hidden (disabled) weekday group. */
function readForm(form: HTMLFormElement): PrescribeCourseValues {
  const data = new FormData(form);
  const text = (name: TextFieldName): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const ticked = (name: ListField): string[] =>
    Array.from(form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`))
      .filter((input) => input.checked)
      .map((input) => input.value);
  const values = {} as PrescribeCourseValues;
  for (const field of TEXT_FIELDS) values[field] = text(field);
  for (const field of LIST_FIELDS) values[field] = ticked(field);
  return values;
}

export function PrescribeCourseForm(props: Props) {
  const { state, formAction, formKey, formRef } = useActionForm(props.action);
  // Remounting on each answer restores the submitted values into every input and the preview.
  return <PrescribeCourseFormBody key={formKey} {...props} state={state} formAction={formAction} formRef={formRef} />;
}

type BodyProps = Props & {
  state: ActionState;
  formAction: (formData: FormData) => void;
  formRef: RefObject<HTMLFormElement | null>;
};

function PrescribeCourseFormBody({ defaults, indications, therapists, patient, clinicDefaults, today, locale, cancelHref, state, formAction, formRef }: BodyProps) {
  const [values, setValues] = useState(() => valuesAfter(state, defaults));
  const { onSubmit, errorFor, messageState } = useSchemaValidation(ZPrescribeCourseSchema, state);
  const { dateOfBirth } = patient;
  const chosen = indications.find((indication) => indication.id === values.indicationId) ?? null;

  const plan = planRoutine({ patient, indication: chosen, startDate: values.startDate, ticked: values.contraindications, defaults: clinicDefaults });
  const proposal = plan.status === 'READY' ? plan.proposal : [];
  const routine = useRoutineEdit(proposal, submittedValue(state, 'routine'));
  // Until the start date can be used, the limit at today's age.
  const maxMinutes = plan.status === 'READY' ? plan.maxMinutes : maxSessionMinutesOn(patient, today, clinicDefaults);
  const minutes = useSuggestedValue(String(suggestedMinutesPerSession(routine.steps, maxMinutes)), values.minutesPerSession);

  // The course's end does not depend on the break, so the break can be suggested from it.
  const datesOnly = buildSchedulePreview(values, dateOfBirth);
  const endDate = datesOnly.ok ? datesOnly.last : values.startDate;
  const breakDays = useSuggestedValue(String(suggestedBreakDays(chosen?.kind ?? null, ageDaysOn(patient, endDate), clinicDefaults)), values.breakAfterDays);
  const preview = buildSchedulePreview({ ...values, breakAfterDays: breakDays.value }, dateOfBirth);
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
        <IndicationSection {...sectionProps} indications={indications} />
        <ScreeningSection
          defaultPresent={submittedValues(state, 'contraindications')}
          present={values.contraindications}
          defaultConfirmed={submittedValue(state, 'screeningConfirmed') === 'on'}
          indicationKind={chosen?.kind ?? null}
          startDate={values.startDate}
          today={today}
          locale={locale}
          errorFor={errorFor}
        />
        <ScheduleSection {...sectionProps} dateOfBirth={dateOfBirth} plan={plan} clinicSessions={clinicDefaults.courseSessions} />
        <RoutineSection plan={plan} routine={routine} errorFor={errorFor} />
        <DeliverySection {...sectionProps} therapists={therapists} minutes={minutes} maxMinutes={maxMinutes} />
        <HomeRoutineSection {...sectionProps} />
        <NextCourseSection {...sectionProps} breakDays={breakDays} clinicDefaults={clinicDefaults} />
      </div>

      <div className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <SchedulePreviewPanel preview={preview} locale={locale} />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Prescribing…">Prescribe course</SubmitButton>
        <Link href={cancelHref} className="px-2 py-2 text-sm font-medium text-slate-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}

type SectionProps = { values: PrescribeCourseValues; errorFor: (field: string) => string | undefined };

const WEEKDAY_OPTIONS = WEEKDAYS.map((day) => ({ value: String(day), label: WEEKDAY_SHORT_NAMES[day] }));

function IndicationSection({ values, errorFor, indications }: SectionProps & { indications: IndicationOption[] }) {
  const options = [{ value: '', label: 'Choose…' }, ...indications.map((indication) => ({ value: indication.id, label: indication.label }))];
  return (
    <FormSection id="prescribe-indication" title="What the course treats">
      <SelectField name="indicationId" label="Indication" options={options} defaultValue={values.indicationId} error={errorFor('indicationId')} />
    </FormSection>
  );
}

/** The age gate at the start date, beside the start date, while it refuses or warns. */
function startDateHint(plan: RoutinePlan): string {
  const usual = 'The first session is on the first session day from this date.';
  if (plan.status !== 'READY' || plan.gate.level === 'OK') return usual;
  return `${plan.gate.level === 'REFUSE' ? 'Cannot start then: ' : ''}${plan.gate.message}`;
}

function ScheduleSection({ values, errorFor, dateOfBirth, plan, clinicSessions }: SectionProps & { dateOfBirth: IsoDate; plan: RoutinePlan; clinicSessions: number }) {
  const { sessionCount, restAfterEvery, restDays } = COURSE_LIMITS;
  const isWeekdays = values.frequency === 'WEEKDAYS';
  return (
    <FormSection id="prescribe-schedule" title="Schedule" description="A course is usually 10 sessions, then a break of about two months (001).">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="sessionCount"
          label="Number of sessions"
          type="number"
          inputMode="numeric"
          min={sessionCount.min}
          max={sessionCount.max}
          defaultValue={values.sessionCount}
          error={errorFor('sessionCount')}
          hint={`Clinic default ${clinicSessions}; therapeutic courses 15-20 (002). ${sessionCount.min}-${sessionCount.max}.`}
        />
        <TextField
          name="startDate"
          label="Start date"
          type="date"
          min={dateOfBirth}
          defaultValue={values.startDate}
          error={errorFor('startDate')}
          hint={startDateHint(plan)}
        />
      </div>
      <SelectField
        name="frequency"
        label="Frequency"
        options={FREQUENCIES.map((frequency) => ({ value: frequency, label: FREQUENCY_LABELS[frequency] }))}
        defaultValue={values.frequency}
        error={errorFor('frequency')}
        hint="Every other day where pain is marked, daily where it is mild (001, 002)."
      />
      <CheckboxGroup
        name="weekdays"
        legend="Session days"
        options={WEEKDAY_OPTIONS}
        defaultValues={values.weekdays}
        error={errorFor('weekdays')}
        inline
        hidden={!isWeekdays}
        disabled={!isWeekdays}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="restAfterEvery"
          label="Rest after every (sessions)"
          type="number"
          inputMode="numeric"
          min={restAfterEvery.min}
          max={restAfterEvery.max}
          defaultValue={values.restAfterEvery}
          error={errorFor('restAfterEvery')}
          hint="Optional, e.g. 5 for a rest break after every 5 sessions."
        />
        <TextField
          name="restDays"
          label="Rest days"
          type="number"
          inputMode="numeric"
          min={restDays.min}
          max={restDays.max}
          defaultValue={values.restDays}
          error={errorFor('restDays')}
          hint="Length of each rest break; with hypertonia up to 2 days (001)."
        />
      </div>
      <CheckboxGroup
        name="daysOff"
        legend="Days off"
        options={WEEKDAY_OPTIONS}
        defaultValues={values.daysOff}
        error={errorFor('daysOff')}
        hint="No sessions on these days, e.g. Sat and Sun."
        inline
      />
    </FormSection>
  );
}

type DeliveryProps = SectionProps & { therapists: TherapistOption[]; minutes: SuggestedValue; maxMinutes: number };

function DeliverySection({ values, errorFor, therapists, minutes, maxMinutes }: DeliveryProps) {
  const minutesHint = `${minutes.isFollowing ? 'The routine’s total, rounded up. ' : `The routine takes about ${minutes.suggested} min. `}At this age at most ${maxMinutes} minutes (clinic setting); every course begins with short sessions of up to ${FIRST_SESSIONS_LIMIT.maxMinutes} minutes (${formatSources(FIRST_SESSIONS_LIMIT.source)}).`;
  const therapistOptions = [{ value: '', label: therapists.length === 0 ? 'No therapists yet' : 'No therapist' }, ...therapists.map((therapist) => ({ value: therapist.id, label: therapist.name }))];
  return (
    <FormSection id="prescribe-delivery" title="Where and by whom">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="location"
          label="Location"
          options={SESSION_LOCATIONS.map((location) => ({ value: location, label: LOCATION_LABELS[location] }))}
          defaultValue={values.location}
          error={errorFor('location')}
        />
        <TextField
          name="minutesPerSession"
          label="Minutes per session"
          type="number"
          inputMode="numeric"
          min={COURSE_LIMITS.minutesPerSession.min}
          max={COURSE_LIMITS.minutesPerSession.max}
          value={minutes.value}
          onChange={minutes.onChange}
          error={errorFor('minutesPerSession')}
          hint={minutesHint}
        />
      </div>
      <SelectField
        name="therapistId"
        label="Therapist"
        options={therapistOptions}
        defaultValue={values.therapistId}
        error={errorFor('therapistId')}
        hint={therapists.length === 0 ? 'A clinic admin adds therapist accounts; clinic sessions need one.' : 'Required for clinic sessions.'}
      />
    </FormSection>
  );
}

function HomeRoutineSection({ values, errorFor }: SectionProps) {
  return (
    <FormSection id="prescribe-home-routine" title="Home routine" description="Parents see this with the course calendar.">
      <TextAreaField
        name="homeRoutineNotes"
        label="Notes for the home routine"
        rows={4}
        defaultValue={values.homeRoutineNotes}
        error={errorFor('homeRoutineNotes')}
        hint="e.g. when to massage, what to watch for, when to stop and call the clinic."
      />
    </FormSection>
  );
}

type NextCourseProps = SectionProps & { breakDays: SuggestedValue; clinicDefaults: ClinicDefaults };

function NextCourseSection({ errorFor, breakDays, clinicDefaults }: NextCourseProps) {
  const { min, max } = COURSE_LIMITS.breakAfterDays;
  const suggested = Number(breakDays.suggested);
  const hint = `${breakDays.isFollowing ? 'Suggested' : 'The clinic suggests'} ${suggested} days (${describeBreak(suggested)}) for this indication and the child's age when the course ends: a preventive course in the first year every ${clinicDefaults.firstYearPreventiveBreakDays} days (002: one every 3rd month), otherwise ${clinicDefaults.breakBetweenCoursesDays} days (001).`;
  return (
    <FormSection id="prescribe-next-course" title="After the course">
      <TextField
        name="breakAfterDays"
        label="Break before the next course (days)"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={breakDays.value}
        onChange={breakDays.onChange}
        error={errorFor('breakAfterDays')}
        hint={hint}
      />
    </FormSection>
  );
}
