import type { ValidationLabel } from '@/lib/i18n/translatable';
import type { Weekday } from '@/lib/domain/calendar-date';
import type { OutcomeKind } from '@/lib/domain/session-outcomes';

/*
 * What forms need to render (choices, bounds they state) and their schemas check, without zod:
 * the browser loads a form's schema only after the page is up (useSchemaValidation), so a form
 * that imported these from its schema's module would bring zod into the page's first JavaScript.
 */

export const MIN_PASSWORD_LENGTH = 12;

export const SEXES = ['FEMALE', 'MALE'] as const;

export const INDICATION_KINDS = ['THERAPEUTIC', 'CORRECTIVE', 'PREVENTIVE'] as const;

export const TOLERANCES = ['GOOD', 'FUSSY', 'STOPPED_EARLY'] as const;

/** What a therapist or a family can record of a session, in the order the form offers them. */
export const RECORDING_OUTCOMES = ['DONE', 'MISSED', 'POSTPONED', 'UNWELL'] as const satisfies readonly OutcomeKind[];

export const GUARDIAN_SEARCH_MIN_LENGTH = 3;

/**
 * The clinic's day as an admin sets it: each weekday's opening hours ("08:00-15:00", empty when
 * closed), the length of an appointment slot, and the rooms, one a line (lib/validation/clinic-day.ts).
 */
export const OPENING_HOURS_FIELDS = {
  hoursMon: { label: 'monday', weekday: 1 },
  hoursTue: { label: 'tuesday', weekday: 2 },
  hoursWed: { label: 'wednesday', weekday: 3 },
  hoursThu: { label: 'thursday', weekday: 4 },
  hoursFri: { label: 'friday', weekday: 5 },
  hoursSat: { label: 'saturday', weekday: 6 },
  hoursSun: { label: 'sunday', weekday: 7 },
} as const satisfies Record<string, { label: ValidationLabel; weekday: Weekday }>;

export const SLOT_MINUTES = { min: 10, max: 120 } as const;
