import type { ClinicDay } from './clinic-day';

const DAY = { opens: 8 * 60, closes: 20 * 60 };

/** For tests of rules other than the clinic's hours: open 08:00 to 20:00 every day, no rooms. */
export const OPEN_EVERY_DAY: ClinicDay = {
  openingHours: { 1: DAY, 2: DAY, 3: DAY, 4: DAY, 5: DAY, 6: DAY, 7: DAY },
  slotMinutes: 30,
  rooms: [],
};
