import type { ClinicDefaultField, ClinicDefaults } from './clinic-defaults';
import type { IndicationKind } from './indications';
import type { CitedFigure, SourceId } from './sources';

export type MinutesRange = { min: number; max: number };

export type SessionAgeBand = 'UNDER_2_MONTHS' | 'FROM_2_TO_6_MONTHS' | 'FROM_6_MONTHS';

export type SessionBandInfo = {
  label: string;
  fromAgeDays: number;
  /** Exclusive; null = no upper end. */
  toAgeDays: number | null;
  /** The clinic setting that holds this band's longest session. */
  defaultsField: ClinicDefaultField;
  /** Longest session the sources give for the band, lowest and highest figure. */
  sourceMaxMinutes: MinutesRange;
  sourceNote: string;
  source: readonly SourceId[];
};

export const SESSION_BANDS = {
  UNDER_2_MONTHS: {
    label: 'Under 2 months',
    fromAgeDays: 0,
    toAgeDays: 61,
    defaultsField: 'sessionMaxMinutesUnder2Months',
    sourceMaxMinutes: { min: 5, max: 10 },
    sourceNote: '000, 002: first sessions up to 5 min. 001: 5–10 min in the first month.',
    source: ['000', '001', '002'],
  },
  FROM_2_TO_6_MONTHS: {
    label: '2 to 6 months',
    fromAgeDays: 61,
    toAgeDays: 183,
    defaultsField: 'sessionMaxMinutes2To6Months',
    sourceMaxMinutes: { min: 15, max: 30 },
    sourceNote: '000, 002: 15 min a month after starting. 001: up to 20 min. 002: up to half an hour from 3–4 months.',
    source: ['000', '001', '002'],
  },
  FROM_6_MONTHS: {
    label: '6 months and older',
    fromAgeDays: 183,
    toAgeDays: null,
    defaultsField: 'sessionMaxMinutesFrom6Months',
    sourceMaxMinutes: { min: 25, max: 45 },
    sourceNote: '002: 25 min after 6 months; with gymnastics never over 45 min.',
    source: ['002'],
  },
} as const satisfies Record<SessionAgeBand, SessionBandInfo>;

/** Every course begins with sessions of up to 5 minutes, whatever the age. */
export const FIRST_SESSIONS_LIMIT = { maxMinutes: 5, source: ['000', '002'] } as const satisfies CitedFigure;

/** A session together with gymnastics never lasts over 45 minutes. */
export const GYMNASTICS_SESSION_LIMIT = { maxMinutes: 45, source: ['002'] } as const satisfies CitedFigure;

/**
 * No text sets a shortest session, and 004 endorses short ones; the floor only rejects a
 * routine that has been edited down to nothing.
 */
export const SESSION_MIN_MINUTES = 1;

export function sessionBandFor(ageDays: number): SessionAgeBand {
  if (ageDays < SESSION_BANDS.UNDER_2_MONTHS.toAgeDays) return 'UNDER_2_MONTHS';
  if (ageDays < SESSION_BANDS.FROM_2_TO_6_MONTHS.toAgeDays) return 'FROM_2_TO_6_MONTHS';
  return 'FROM_6_MONTHS';
}

export type SessionMinutes = MinutesRange & {
  band: SessionAgeBand;
  sourceMaxMinutes: MinutesRange;
  source: readonly SourceId[];
};

/** The whole session's allowed length at this age under the clinic's settings. */
export function sessionMinutesRange(ageDays: number, defaults: ClinicDefaults): SessionMinutes {
  const band = sessionBandFor(ageDays);
  const info = SESSION_BANDS[band];
  // The 45-minute ceiling holds even if a stored setting escaped validation.
  const max = Math.min(defaults[info.defaultsField], GYMNASTICS_SESSION_LIMIT.maxMinutes);
  return { min: SESSION_MIN_MINUTES, max, band, sourceMaxMinutes: info.sourceMaxMinutes, source: info.source };
}

export type FootMassageBand = MinutesRange & {
  fromAgeDays: number;
  toAgeDays: number | null;
  goals: readonly string[];
  note: string;
  source: readonly SourceId[];
};

/**
 * 003 gives foot massage on its own: 1 min at 2 months, 1–2 min at 2–4 months, 5 min at
 * 5–7 months, 5–7 min at 12 months, and 2–5 min a day in general. Its gap at 4–5 months is
 * bridged by keeping the 2–4 month figure; its goals ("to 3 months", "3–4 months",
 * "6 months", "6–12 months") are attached to the nearest band.
 */
export const FOOT_MASSAGE_BANDS = [
  {
    fromAgeDays: 0,
    toAgeDays: 61,
    min: 0.5,
    max: 1,
    goals: ['Lower the high tone of the flexor muscles.'],
    note: 'Tender stroking only, a figure of eight on the sole; usually started at 1.5–2 months.',
    source: ['003'],
  },
  {
    fromAgeDays: 61,
    toAgeDays: 152,
    min: 1,
    max: 2,
    goals: [
      'Lower the high tone of the flexor muscles (to 3 months).',
      'Balance flexor and extensor tone (3–4 months).',
    ],
    note: 'Start with light tapping, end with calm stroking.',
    source: ['003'],
  },
  {
    fromAgeDays: 152,
    toAgeDays: 244,
    min: 2,
    max: 5,
    goals: ['Strengthen the muscles with passive movements (6 months).'],
    note: 'Stroking, then rubbing and tapping of the whole foot; kneading and vibration are introduced.',
    source: ['003'],
  },
  {
    fromAgeDays: 244,
    toAgeDays: null,
    min: 5,
    max: 7,
    goals: ['Help motor coordination and prepare for walking (6–12 months).'],
    note: 'Stroking and kneading, also the lower legs and thighs; twiddle each toe.',
    source: ['003'],
  },
] as const satisfies readonly FootMassageBand[];

export function footMassageMinutes(ageDays: number): FootMassageBand {
  const band = FOOT_MASSAGE_BANDS.find(
    (candidate) => ageDays >= candidate.fromAgeDays && (candidate.toAgeDays === null || ageDays < candidate.toAgeDays),
  );
  // Ages below zero have no band; the first one is the gentlest answer.
  return band ?? FOOT_MASSAGE_BANDS[0];
}

export type FrequencyPattern = 'DAILY' | 'EVERY_OTHER_DAY' | 'AS_PRESCRIBED';

export type FrequencyGuidance = {
  pattern: FrequencyPattern;
  timesPerDay: MinutesRange;
  /** Longest rest inside a course, in days (hypertonia: up to 2, 001); null = not stated. */
  maxRestDaysInRow: number | null;
  text: string;
  source: readonly SourceId[];
};

export type FrequencyOptions = {
  /** Therapeutic courses only: marked pain calls for a rest day between sessions. */
  painMarked?: boolean;
  hypertonia?: boolean;
};

export function frequencyGuidance(indicationKind: IndicationKind, options: FrequencyOptions = {}): FrequencyGuidance {
  switch (indicationKind) {
    case 'PREVENTIVE':
      return {
        pattern: 'DAILY',
        timesPerDay: { min: 1, max: 2 },
        maxRestDaysInRow: null,
        text: 'Daily, once or twice a day, at home.',
        source: ['002', '003'],
      };
    case 'THERAPEUTIC': {
      const base: FrequencyGuidance = options.painMarked
        ? {
            pattern: 'EVERY_OTHER_DAY',
            timesPerDay: { min: 1, max: 1 },
            maxRestDaysInRow: 1,
            text: 'Every other day while the pain is marked.',
            source: ['002'],
          }
        : {
            pattern: 'DAILY',
            timesPerDay: { min: 1, max: 2 },
            maxRestDaysInRow: null,
            text: 'Daily, or twice a day, when the pain is mild.',
            source: ['002'],
          };
      if (!options.hypertonia) return base;
      return {
        ...base,
        maxRestDaysInRow: 2,
        text: `${base.text} With hypertonia: more intensive sessions with rest breaks of up to 2 days.`,
        source: ['001', '002'],
      };
    }
    case 'CORRECTIVE':
      // No text gives a corrective frequency; it is the attending physician's call.
      return {
        pattern: 'AS_PRESCRIBED',
        timesPerDay: { min: 1, max: 1 },
        maxRestDaysInRow: null,
        text: 'As the attending physician prescribes; by a qualified massage therapist.',
        source: ['002'],
      };
    default: {
      const unknownKind: never = indicationKind;
      throw new Error(`Unknown indication kind ${String(unknownKind)}`);
    }
  }
}

export const COURSE_GUIDANCE = {
  // The range only: the default is the clinic's setting (CLINIC_DEFAULT_FIELDS.courseSessions).
  sessions: { min: 10, max: 25, source: ['001', '002'] },
  intensiveTherapeuticSessions: { min: 15, max: 20, source: ['002'] },
  intensiveRepeatEveryDays: { min: 14, max: 21, source: ['002'] },
  firstYearCourses: { count: 4, note: 'One every 3rd month.', source: ['002'] },
  chronicCoursesPerYear: { count: 2, source: ['002'] },
  afterWorseningCoursesPerYear: { min: 3, max: 4, source: ['002'] },
} as const satisfies Record<string, CitedFigure>;
