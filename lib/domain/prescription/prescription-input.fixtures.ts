import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { OPEN_EVERY_DAY } from '@/lib/domain/clinic-day.fixtures';
import { DEFAULT_CLINIC_DEFAULTS } from '@/lib/domain/rules';
import type { PrescriptionInput, PrescriptionValues } from './decide-prescription';

/** The day the prescription tests prescribe on (a Saturday). */
export const PRESCRIBED_ON = iso('2026-11-21');

/** The form's values are merged with the defaults; the rest replaces them whole. */
export type PrescriptionOverrides = Partial<Omit<PrescriptionInput, 'values'>> & {
  values?: Partial<PrescriptionValues>;
};

/**
 * For tests of the prescription's decision: ten daily clinic sessions of 10 minutes at 09:00 from
 * PRESCRIBED_ON, for a healthy 12-week-old with a preventive indication, the clinic open every day
 * and nothing booked. Each test overrides only what it is about.
 */
export function prescriptionInput({ values, ...overrides }: PrescriptionOverrides = {}): PrescriptionInput {
  return {
    values: {
      sessionCount: 10,
      frequency: 'DAILY',
      weekdays: [],
      restAfterEvery: null,
      restDays: 1,
      daysOff: [],
      startDate: PRESCRIBED_ON,
      location: 'CLINIC',
      minutesPerSession: 10,
      therapistId: 'therapist-1',
      homeRoutineNotes: '',
      breakAfterDays: 60,
      contraindications: [],
      routine: null,
      startTime: '09:00',
      ...values,
    },
    child: {
      dateOfBirth: iso('2026-08-29'),
      gestationalAgeDays: null,
      umbilicalWoundHealedOn: iso('2026-09-15'),
      massageSessionsDone: 0,
    },
    indication: {
      kind: 'PREVENTIVE',
      diagnosis: 'Healthy infant',
      icd10Code: null,
      isResolved: false,
      hasRunningCourse: false,
    },
    isTherapistKnown: true,
    defaults: DEFAULT_CLINIC_DEFAULTS,
    today: PRESCRIBED_ON,
    clinicDay: OPEN_EVERY_DAY,
    bookings: [],
    ...overrides,
  };
}
