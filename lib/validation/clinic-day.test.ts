import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DAY, effectiveClinicDaySettings, toClinicDay, ZClinicDaySchema } from './clinic-day';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

describe('the clinic day settings', () => {
  it('reads hours per weekday, the slot and one room a line', () => {
    const parsed = ZClinicDaySchema.parse({
      ...DEFAULT_CLINIC_DAY,
      hoursSat: ' 09:00 - 13:00 ',
      slotMinutes: '45',
      rooms: 'Blue\n\n Green \n',
    });
    const clinicDay = toClinicDay(parsed);
    expect(clinicDay.openingHours[6]).toEqual({ opens: 540, closes: 780 });
    expect(clinicDay.openingHours[7]).toBeNull();
    expect(clinicDay.openingHours[1]).toEqual({ opens: 480, closes: 900 });
    expect(clinicDay.slotMinutes).toBe(45);
    expect(clinicDay.rooms).toEqual(['Blue', 'Green']);
  });

  it('says what is wrong beside each field', () => {
    const result = ZClinicDaySchema.safeParse({
      ...DEFAULT_CLINIC_DAY,
      hoursMon: '15:00-08:00',
      hoursTue: 'mornings',
      slotMinutes: '5',
      rooms: 'Blue\nBlue',
    });
    expect(result.success).toBe(false);
    const errors = result.error?.flatten((issue) => english(issue.message)).fieldErrors ?? {};
    expect(errors.hoursMon).toEqual(['Monday: The closing time must come after the opening time.']);
    expect(errors.hoursTue).toEqual(['Tuesday: Write the hours as 08:00-15:00, or leave empty when closed.']);
    expect(errors.slotMinutes).toEqual(['Slot length must be from 10 to 120 minutes.']);
    expect(errors.rooms).toEqual(['Each room must have its own name.']);
  });

  it('falls back to the defaults when what is stored no longer reads', () => {
    expect(effectiveClinicDaySettings({ hoursMon: 'garbage' })).toEqual(DEFAULT_CLINIC_DAY);
    expect(effectiveClinicDaySettings({ rooms: 'Blue' }).rooms).toBe('Blue');
  });
});
