import { submittedValue, submittedValues, type ActionState } from '@/lib/actions/action-state';
import type { IndicationKind } from '@/lib/domain/rules';

/**
 * The prescribe form's values as its inputs hold them: strings, possibly half typed. Inputs stay
 * uncontrolled; the form re-reads them on every change and asks `decidePrescription` again.
 */
export type PrescribeCourseValues = {
  indicationId: string;
  sessionCount: string;
  frequency: string;
  weekdays: string[];
  restAfterEvery: string;
  restDays: string;
  daysOff: string[];
  startDate: string;
  location: string;
  /** Empty: follow the routine's total. */
  minutesPerSession: string;
  therapistId: string;
  /** "HH:MM": the first clinic session's start, from the therapist's free slots. */
  startTime: string;
  room: string;
  homeRoutineNotes: string;
  /** Empty: follow the rule book's break. */
  breakAfterDays: string;
  contraindications: string[];
};

export type IndicationOption = {
  id: string;
  label: string;
  kind: IndicationKind;
  diagnosis: string;
  icd10Code: string | null;
  hasRunningCourse: boolean;
};
export type TherapistOption = { id: string; name: string };

/** What every section gets: the values as they stand and the error beside each field. */
export type SectionProps = { values: PrescribeCourseValues; errorFor: (field: string) => string | undefined };

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
  'startTime',
  'room',
  'homeRoutineNotes',
  'breakAfterDays',
] as const satisfies readonly TextFieldName[];

/** What the form shows: the defaults, or what was typed when the server refused it. */
export function valuesAfter(state: ActionState, defaults: PrescribeCourseValues): PrescribeCourseValues {
  const values = { ...defaults };
  for (const field of TEXT_FIELDS) values[field] = submittedValue(state, field, defaults[field]);
  for (const field of LIST_FIELDS) values[field] = submittedValues(state, field, defaults[field]);
  return values;
}

/** Reads the form as it stands, including the ticks in a hidden (disabled) weekday group. */
export function readForm(form: HTMLFormElement): PrescribeCourseValues {
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
