import { translatable } from '@/lib/i18n/translatable';
import { COURSE_GUIDANCE } from './durations';
import type { SourceId } from './sources';

/**
 * The values the source texts disagree on. The domain guide makes each one a clinic
 * setting with the guide's default, so no contested figure is hard-coded in a rule.
 */
export type ClinicDefaults = {
  /** Refuse to start a course below this (corrected) age. */
  minimumStartAgeDays: number;
  /** Warn when starting below this (corrected) age. */
  cautiousStartAgeDays: number;
  /** Sessions in a course unless the prescriber changes it. */
  courseSessions: number;
  /** Break after a course before the next one. */
  breakBetweenCoursesDays: number;
  /** In the first year a course is due this many calendar months after the previous one started. */
  firstYearCourseEveryMonths: number;
  sessionMaxMinutesUnder2Months: number;
  sessionMaxMinutes2To6Months: number;
  sessionMaxMinutesFrom6Months: number;
  /** Length of the very first session of a child's massage. */
  firstSessionMinutes: number;
  /** Minutes added with each session after the first, up to the age's and the course's length. */
  sessionGrowthMinutes: number;
};

export type ClinicDefaultField = keyof ClinicDefaults;

export type ClinicDefaultUnit = 'days' | 'months' | 'sessions' | 'minutes';

export type ClinicDefaultDescription = {
  label: string;
  help: string;
  unit: ClinicDefaultUnit;
  /** The guide's value. */
  default: number;
  /** Lowest and highest value the sources give; a setting outside them is refused. */
  min: number;
  max: number;
  /** What each text says, for the settings form's hint. */
  sourceNote: string;
  source: readonly SourceId[];
};

export const CLINIC_DEFAULT_FIELDS = {
  minimumStartAgeDays: {
    label: 'Minimum age to start a course',
    help: 'Younger babies are refused. Use corrected age for premature babies.',
    unit: 'days',
    default: 21,
    min: 14,
    max: 91,
    sourceNote:
      '001: from 2–3 weeks, at home from 3 weeks once the umbilical wound has healed; at the clinic not before 2–3 months. 004: full-body massage from 3 weeks.',
    source: ['001', '004'],
  },
  cautiousStartAgeDays: {
    label: 'Age below which starting needs a warning',
    help: 'Between the minimum age and this age a course may start, with a warning.',
    unit: 'days',
    default: 42,
    min: 28,
    max: 91,
    sourceNote: '001: 4–5 weeks, clinic 2–3 months. 000, 003: 1.5–2 months. 002: from 1–2 months.',
    source: ['000', '001', '002', '003'],
  },
  courseSessions: {
    label: 'Sessions in a course',
    help: 'The default number of sessions when a course is prescribed.',
    unit: 'sessions',
    default: 10,
    min: COURSE_GUIDANCE.sessions.min,
    max: COURSE_GUIDANCE.sessions.max,
    sourceNote: '001: a course of ten. 002: 10–25 sessions; intensive/therapeutic 15–20.',
    source: ['001', '002'],
  },
  breakBetweenCoursesDays: {
    label: 'Break before the next course',
    help: 'Days between the end of a course and the start of the next one.',
    unit: 'days',
    default: 60,
    min: 14,
    max: 182,
    sourceNote:
      '001: about 2 months. 002: intensive courses repeated every 2–3 weeks; chronic conditions twice a year.',
    source: ['001', '002'],
  },
  firstYearCourseEveryMonths: {
    label: 'Months between course starts in the first year',
    help: 'A course that starts before the first birthday (corrected age) is followed by the next this many calendar months after its start.',
    unit: 'months',
    default: 3,
    min: 2,
    max: 3,
    sourceNote:
      '002: for babies up to one year, 4 courses, every 3rd month. 001: a course of ten, then a break of about 2 months.',
    source: ['001', '002'],
  },
  sessionMaxMinutesUnder2Months: {
    label: 'Longest session under 2 months',
    help: 'Upper limit of a whole session for babies under 61 days.',
    unit: 'minutes',
    default: 5,
    min: 5,
    max: 10,
    sourceNote: '000, 002: first sessions up to 5 min. 001: 5–10 min in the first month.',
    source: ['000', '001', '002'],
  },
  sessionMaxMinutes2To6Months: {
    label: 'Longest session from 2 to 6 months',
    help: 'Upper limit of a whole session from 61 to 182 days.',
    unit: 'minutes',
    default: 15,
    min: 15,
    max: 30,
    sourceNote: '000, 002: up to 15 min. 001: rising to 20 min. 002: from 3–4 months up to half an hour.',
    source: ['000', '001', '002'],
  },
  sessionMaxMinutesFrom6Months: {
    label: 'Longest session from 6 months',
    help: 'Upper limit of a whole session from 183 days.',
    unit: 'minutes',
    default: 25,
    min: 25,
    max: 45,
    sourceNote: '002: 25 min after 6 months; with gymnastics never over 45 min.',
    source: ['002'],
  },
  firstSessionMinutes: {
    label: 'First session of a child’s massage',
    help: 'A child’s very first session lasts this long (never longer than the age allows); later ones grow from it.',
    unit: 'minutes',
    default: 5,
    // No text sets a shortest session (see SESSION_MIN_MINUTES in durations.ts).
    min: 1,
    max: 10,
    sourceNote:
      '000: first sessions no more than 5 min. 002: first session up to 5 min. 001: 5–10 min in the first month.',
    source: ['000', '001', '002'],
  },
  sessionGrowthMinutes: {
    label: 'Minutes added each session',
    help: 'Each session after the first is this much longer, until it reaches the course’s length or the age’s longest session.',
    unit: 'minutes',
    default: 1,
    min: 1,
    max: 3,
    sourceNote:
      'No text gives a step per session. 002: 5 min at first, 15 min a month after the start, 25 min after 6 months (from the start of massage). 000: rising to 15 min. 001: 5–10 min the first month, rising to 20. One minute a session reaches 15 min by the end of a 10-session course.',
    source: ['000', '001', '002'],
  },
} as const satisfies Record<ClinicDefaultField, ClinicDefaultDescription>;

export const CLINIC_DEFAULT_FIELD_IDS = Object.keys(CLINIC_DEFAULT_FIELDS) as ClinicDefaultField[];

export const DEFAULT_CLINIC_DEFAULTS: ClinicDefaults = {
  minimumStartAgeDays: 21,
  cautiousStartAgeDays: 42,
  courseSessions: CLINIC_DEFAULT_FIELDS.courseSessions.default,
  breakBetweenCoursesDays: 60,
  firstYearCourseEveryMonths: 3,
  sessionMaxMinutesUnder2Months: 5,
  sessionMaxMinutes2To6Months: 15,
  sessionMaxMinutesFrom6Months: 25,
  firstSessionMinutes: 5,
  sessionGrowthMinutes: 1,
};

/** Each error is a catalog reference (lib/i18n/translatable.ts), translated where it is shown. */
export type ClinicDefaultsValidation =
  { ok: true; value: ClinicDefaults } | { ok: false; errors: Partial<Record<ClinicDefaultField, string>> };

/**
 * Checks a settings form's values: every field a whole number within the sources' range,
 * and the fields consistent with each other. Every error is reported, not only the first,
 * so the form can mark all fields at once.
 */
export function validateClinicDefaults(values: unknown): ClinicDefaultsValidation {
  const errors: Partial<Record<ClinicDefaultField, string>> = {};
  const record: Readonly<Record<string, unknown>> =
    typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
  const parsed: Partial<ClinicDefaults> = {};

  for (const field of CLINIC_DEFAULT_FIELD_IDS) {
    const description: ClinicDefaultDescription = CLINIC_DEFAULT_FIELDS[field];
    const raw = record[field];
    const named = { label: translatable(`settings.defaults.fields.${field}`), unit: description.unit };
    if (raw === undefined || raw === null) {
      errors[field] = translatable('prescription.clinicDefaults.required', named);
      continue;
    }
    // Typed but not a whole number: a fraction, a word (NaN once read as a number), a string.
    if (typeof raw !== 'number' || !Number.isInteger(raw)) {
      errors[field] = translatable('prescription.clinicDefaults.wholeNumber', named);
      continue;
    }
    if (raw < description.min || raw > description.max) {
      errors[field] = translatable('prescription.clinicDefaults.outOfRange', {
        ...named,
        min: description.min,
        max: description.max,
      });
      continue;
    }
    parsed[field] = raw;
  }

  const { minimumStartAgeDays, cautiousStartAgeDays } = parsed;
  if (
    minimumStartAgeDays !== undefined &&
    cautiousStartAgeDays !== undefined &&
    minimumStartAgeDays > cautiousStartAgeDays
  ) {
    errors.cautiousStartAgeDays = translatable('prescription.clinicDefaults.warningBelowMinimum', {
      cautious: cautiousStartAgeDays,
      minimum: minimumStartAgeDays,
    });
  }

  // A session may not get shorter as the baby grows: the texts only ever lengthen it.
  const { sessionMaxMinutesUnder2Months, sessionMaxMinutes2To6Months, sessionMaxMinutesFrom6Months } = parsed;
  if (
    sessionMaxMinutesUnder2Months !== undefined &&
    sessionMaxMinutes2To6Months !== undefined &&
    sessionMaxMinutes2To6Months < sessionMaxMinutesUnder2Months
  ) {
    errors.sessionMaxMinutes2To6Months = translatable('prescription.clinicDefaults.shorterAt2To6Months', {
      longer: sessionMaxMinutes2To6Months,
      shorter: sessionMaxMinutesUnder2Months,
    });
  }
  if (
    sessionMaxMinutes2To6Months !== undefined &&
    sessionMaxMinutesFrom6Months !== undefined &&
    sessionMaxMinutesFrom6Months < sessionMaxMinutes2To6Months
  ) {
    errors.sessionMaxMinutesFrom6Months = translatable('prescription.clinicDefaults.shorterFrom6Months', {
      longer: sessionMaxMinutesFrom6Months,
      shorter: sessionMaxMinutes2To6Months,
    });
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, value: parsed as ClinicDefaults };
}
