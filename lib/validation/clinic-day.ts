import { z } from 'zod';
import { label, translatable, type ValidationLabel } from '@/lib/i18n/translatable';
import { WEEKDAYS } from '@/lib/domain/calendar-date';
import { formatMinute, parseMinute, type ClinicDay, type OpeningHours } from '@/lib/domain/clinic-day';
import { text } from './fields';
import { OPENING_HOURS_FIELDS, SLOT_MINUTES } from './form-constants';

type HoursField = keyof typeof OPENING_HOURS_FIELDS;
const HOURS_FIELD_IDS = Object.keys(OPENING_HOURS_FIELDS) as HoursField[];

export const CLINIC_DAY_FIELD_IDS = [...HOURS_FIELD_IDS, 'slotMinutes', 'rooms'] as const;
export type ClinicDayField = (typeof CLINIC_DAY_FIELD_IDS)[number];

export function isClinicDayField(key: string): key is ClinicDayField {
  return (CLINIC_DAY_FIELD_IDS as readonly string[]).includes(key);
}

export const MAX_ROOMS = 20;
const MAX_ROOM_NAME = 40;

const HOURS = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/;

/** The opening hours a text names, null for an empty text (closed), or a message (translatable) when unreadable. */
export function readOpeningHours(value: string): OpeningHours | null | string {
  if (value.trim() === '') return null;
  const parts = HOURS.exec(value);
  const opens = parts ? parseMinute(parts[1] ?? '') : null;
  const closes = parts ? parseMinute(parts[2] ?? '') : null;
  if (opens === null || closes === null) return translatable('validation.clinicDay.hoursFormat');
  if (closes <= opens) return translatable('validation.clinicDay.closingAfterOpening');
  return { opens, closes };
}

const hoursField = (day: ValidationLabel) =>
  text(day, 20).refine((value) => typeof readOpeningHours(value) !== 'string', {
    error: (issue) =>
      translatable('validation.clinicDay.hoursOfDay', {
        day: label(day),
        problem: String(readOpeningHours(String(issue.input))),
      }),
  });

const roomsField = text('rooms', 1000)
  .transform((value) =>
    value
      .split('\n')
      .map((room) => room.trim())
      .filter((room) => room !== '')
      .join('\n'),
  )
  .refine(
    (value) => value.split('\n').length <= MAX_ROOMS,
    translatable('validation.clinicDay.tooManyRooms', { max: MAX_ROOMS }),
  )
  .refine(
    (value) => value.split('\n').every((room) => room.length <= MAX_ROOM_NAME),
    translatable('validation.clinicDay.roomNameTooLong', { max: MAX_ROOM_NAME }),
  )
  .refine(
    (value) => new Set(value.split('\n')).size === value.split('\n').length,
    translatable('validation.clinicDay.roomsUnique'),
  );

const slotMinutesField = z.preprocess(
  (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value),
  z
    .number({ error: translatable('validation.clinicDay.slotNumber') })
    .int(translatable('validation.clinicDay.slotWhole'))
    .min(SLOT_MINUTES.min, translatable('validation.clinicDay.slotRange', SLOT_MINUTES))
    .max(SLOT_MINUTES.max, translatable('validation.clinicDay.slotRange', SLOT_MINUTES)),
);

export const ZClinicDaySchema = z.object({
  ...(Object.fromEntries(
    HOURS_FIELD_IDS.map((field) => [field, hoursField(OPENING_HOURS_FIELDS[field].label)]),
  ) as Record<HoursField, ReturnType<typeof hoursField>>),
  slotMinutes: slotMinutesField,
  rooms: roomsField,
});

export type ClinicDaySettings = z.infer<typeof ZClinicDaySchema>;

/**
 * Until an admin sets them: Monday to Friday 08:00 to 15:00, "the best time for massage is between
 * 8:00 and 15:00" (002); slots of 30 minutes, which hold a first-year session (up to 25 min, 002)
 * with time to undress the baby; no rooms to choose.
 */
export const DEFAULT_CLINIC_DAY: ClinicDaySettings = {
  hoursMon: '08:00-15:00',
  hoursTue: '08:00-15:00',
  hoursWed: '08:00-15:00',
  hoursThu: '08:00-15:00',
  hoursFri: '08:00-15:00',
  hoursSat: '',
  hoursSun: '',
  slotMinutes: 30,
  rooms: '',
};

export function effectiveClinicDaySettings(stored: Partial<Record<ClinicDayField, unknown>>): ClinicDaySettings {
  const parsed = ZClinicDaySchema.safeParse({ ...DEFAULT_CLINIC_DAY, ...stored });
  return parsed.success ? parsed.data : DEFAULT_CLINIC_DAY;
}

/** The settings as the domain reads them. */
export function toClinicDay(settings: ClinicDaySettings): ClinicDay {
  const openingHours = Object.fromEntries(
    WEEKDAYS.map((weekday) => {
      const field = HOURS_FIELD_IDS.find((id) => OPENING_HOURS_FIELDS[id].weekday === weekday) as HoursField;
      const hours = readOpeningHours(settings[field]);
      return [weekday, typeof hours === 'string' ? null : hours];
    }),
  ) as ClinicDay['openingHours'];
  return {
    openingHours,
    slotMinutes: settings.slotMinutes,
    rooms: settings.rooms === '' ? [] : settings.rooms.split('\n'),
  };
}

/** "08:00-15:00" as the form shows stored hours. */
export function formatOpeningHours(hours: OpeningHours | null): string {
  return hours === null ? '' : `${formatMinute(hours.opens)}-${formatMinute(hours.closes)}`;
}
