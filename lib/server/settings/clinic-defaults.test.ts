import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DEFAULT_CLINIC_DEFAULTS, type ClinicDefaults } from '@/lib/domain/rules';
import { AppError } from '@/lib/errors';
import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';
import { ZClinicDefaultsSchema } from '@/lib/validation/clinic-defaults';
import { createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { getClinicDefaults, listSettingChanges, updateClinicDefaults } from './clinic-defaults';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const withChanges = (changes: Partial<ClinicDefaults>): ClinicDefaults => ({ ...DEFAULT_CLINIC_DEFAULTS, ...changes });

// Only this group's keys: the test clinic also stores its opening hours (another settings group).
const DEFAULTS_KEYS = { key: { in: Object.keys(DEFAULT_CLINIC_DEFAULTS) } };

async function storedSettings(): Promise<Record<string, unknown>> {
  const rows = await db.clinicSetting.findMany({ where: DEFAULTS_KEYS });
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

describe('getClinicDefaults', () => {
  it("gives the guide's defaults when nothing is stored", async () => {
    expect(await getClinicDefaults()).toEqual(DEFAULT_CLINIC_DEFAULTS);
  });

  it('merges stored values over the defaults and ignores keys it does not know', async () => {
    await db.clinicSetting.createMany({
      data: [
        { key: 'courseSessions', value: 15 },
        { key: 'breakBetweenCoursesDays', value: 90 },
        { key: 'someFutureSetting', value: 'anything' },
      ],
    });
    expect(await getClinicDefaults()).toEqual(withChanges({ courseSessions: 15, breakBetweenCoursesDays: 90 }));
  });

  it('falls back field by field to the defaults when the stored set breaks the rules, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.clinicSetting.createMany({
      data: [
        { key: 'courseSessions', value: 0 }, // out of range
        { key: 'sessionMaxMinutes2To6Months', value: '20' }, // not a number
        { key: 'breakBetweenCoursesDays', value: 75 }, // valid: kept
        // Each valid alone, but not together: the warning age is kept, the minimum falls back.
        { key: 'minimumStartAgeDays', value: 60 },
        { key: 'cautiousStartAgeDays', value: 30 },
      ],
    });

    expect(await getClinicDefaults()).toEqual(withChanges({ breakBetweenCoursesDays: 75, cautiousStartAgeDays: 30 }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('courseSessions, sessionMaxMinutes2To6Months, minimumStartAgeDays');
  });

  it('keeps stored values that only hold together when another one falls back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Tried alone, a minimum age of 60 breaks the default warning age (42); with 70 it holds.
    await db.clinicSetting.createMany({
      data: [
        { key: 'minimumStartAgeDays', value: 60 },
        { key: 'cautiousStartAgeDays', value: 70 },
        { key: 'courseSessions', value: 99 },
      ],
    });
    expect(await getClinicDefaults()).toEqual(withChanges({ minimumStartAgeDays: 60, cautiousStartAgeDays: 70 }));
  });
});

describe('updateClinicDefaults', () => {
  it('writes only the changed keys, each with an audit row naming who changed it', async () => {
    const result = await updateClinicDefaults(
      clinic.admin,
      withChanges({ courseSessions: 12, breakBetweenCoursesDays: 75 }),
    );

    expect(result.changed).toEqual(['courseSessions', 'breakBetweenCoursesDays']);
    expect(await storedSettings()).toEqual({ courseSessions: 12, breakBetweenCoursesDays: 75 });
    const changes = await db.settingChange.findMany({ orderBy: { key: 'asc' } });
    expect(changes).toMatchObject([
      { key: 'breakBetweenCoursesDays', oldValue: 60, newValue: 75, changedById: clinic.admin.id },
      { key: 'courseSessions', oldValue: 10, newValue: 12, changedById: clinic.admin.id },
    ]);
    expect(await getClinicDefaults()).toEqual(withChanges({ courseSessions: 12, breakBetweenCoursesDays: 75 }));
  });

  it('records the value in force as the old one, and writes nothing when nothing changed', async () => {
    await updateClinicDefaults(clinic.admin, withChanges({ courseSessions: 12 }));
    const otherAdmin = {
      ...clinic.admin,
      id: (
        await db.user.create({
          data: { email: 'admin2@clinic.test', name: 'Second Admin', role: 'ADMIN', passwordHash: 'x' },
        })
      ).id,
    };

    const back = await updateClinicDefaults(otherAdmin, withChanges({ courseSessions: 10 }));
    expect(back.changed).toEqual(['courseSessions']);
    const again = await updateClinicDefaults(otherAdmin, withChanges({ courseSessions: 10 }));
    expect(again.changed).toEqual([]);

    expect(await db.settingChange.count()).toBe(2);
    expect(await db.settingChange.findFirst({ where: { changedById: otherAdmin.id } })).toMatchObject({
      key: 'courseSessions',
      oldValue: 12,
      newValue: 10,
    });
    expect(await storedSettings()).toEqual({ courseSessions: 10 });
  });

  it('writes nothing when one audit row cannot be stored (one transaction)', async () => {
    // A trigger that refuses the audit row of the second changed key simulates a failure half-way.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_break_change() RETURNS trigger AS $$
      BEGIN
        IF NEW."key" = 'breakBetweenCoursesDays' THEN
          RAISE EXCEPTION 'simulated failure on the second change';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      'CREATE TRIGGER refuse_break_change BEFORE INSERT ON "SettingChange" FOR EACH ROW EXECUTE FUNCTION refuse_break_change()',
    );
    try {
      await expect(
        updateClinicDefaults(clinic.admin, withChanges({ courseSessions: 12, breakBetweenCoursesDays: 75 })),
      ).rejects.toThrow();
      expect(await db.clinicSetting.count({ where: DEFAULTS_KEYS })).toBe(0);
      expect(await db.settingChange.count()).toBe(0);
      expect(await getClinicDefaults()).toEqual(DEFAULT_CLINIC_DEFAULTS);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_break_change ON "SettingChange"');
      await db.$executeRawUnsafe('DROP FUNCTION refuse_break_change()');
    }
  });

  it('refuses invalid values with an error beside each field and writes nothing', async () => {
    const attempt = updateClinicDefaults(
      clinic.admin,
      withChanges({
        courseSessions: 0,
        minimumStartAgeDays: 60,
        cautiousStartAgeDays: 45,
        sessionMaxMinutesFrom6Months: 25.5,
      }),
    );

    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_STATE' });
    const fieldErrors = translateAll((error as AppError).fieldErrors, translatorFor('en'));
    expect(Object.keys(fieldErrors).sort()).toEqual([
      'cautiousStartAgeDays',
      'courseSessions',
      'sessionMaxMinutesFrom6Months',
    ]);
    expect(fieldErrors.courseSessions?.[0]).toMatch(/^Sessions in a course must be between 10 and 25/);
    expect(fieldErrors.cautiousStartAgeDays?.[0]).toMatch(/cannot be below the minimum age \(60 days\)/);
    expect(await db.clinicSetting.count({ where: DEFAULTS_KEYS })).toBe(0);
    expect(await db.settingChange.count()).toBe(0);
  });

  it.each(['paediatrician', 'therapist', 'parent'] as const)('refuses a %s and writes nothing', async (who) => {
    const actor = { paediatrician: clinic.doctor, therapist: clinic.therapist, parent: clinic.parent }[who];
    await expect(updateClinicDefaults(actor, withChanges({ courseSessions: 12 }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await db.clinicSetting.count({ where: DEFAULTS_KEYS })).toBe(0);
    expect(await db.settingChange.count()).toBe(0);
  });
});

describe('listSettingChanges', () => {
  it('lists the latest changes first, with the label, the values and who made them', async () => {
    await updateClinicDefaults(clinic.admin, withChanges({ courseSessions: 12 }));
    await updateClinicDefaults(clinic.admin, withChanges({ courseSessions: 15 }));

    const changes = await listSettingChanges(clinic.admin, 10);
    expect(changes).toMatchObject([
      {
        key: 'courseSessions',
        label: 'Sessions in a course',
        unit: 'sessions',
        oldValue: '12',
        newValue: '15',
        changedByName: 'Admin',
      },
      { key: 'courseSessions', oldValue: '10', newValue: '12', changedByName: 'Admin' },
    ]);
    expect(changes[0]?.changedAt).toBeInstanceOf(Date);
    expect(await listSettingChanges(clinic.admin, 1)).toHaveLength(1);
  });

  it('is refused to anyone but an admin', async () => {
    await expect(listSettingChanges(clinic.doctor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('ZClinicDefaultsSchema (the settings form)', () => {
  const form = (changes: Record<string, string> = {}) => ({
    ...Object.fromEntries(Object.entries(DEFAULT_CLINIC_DEFAULTS).map(([key, value]) => [key, String(value)])),
    ...changes,
  });
  const errorsOf = (values: Record<string, string>) => {
    const parsed = ZClinicDefaultsSchema.safeParse(values);
    // The rule book's cross-field messages are catalog references, read here in English.
    return parsed.success
      ? {}
      : z.flattenError(parsed.error, (issue) => translatorFor('en')(issue.message)).fieldErrors;
  };

  it('reads the typed strings as whole numbers', () => {
    expect(ZClinicDefaultsSchema.parse(form({ courseSessions: ' 12 ' }))).toEqual(withChanges({ courseSessions: 12 }));
  });

  it('names the field in each message and reports each problem once', () => {
    expect(
      errorsOf(
        form({
          courseSessions: '0',
          breakBetweenCoursesDays: '',
          sessionMaxMinutesUnder2Months: '7.5',
          firstYearCourseEveryMonths: 'soon',
        }),
      ),
    ).toEqual({
      courseSessions: ['Sessions in a course must be between 10 and 25 sessions (the range the sources give).'],
      breakBetweenCoursesDays: ['Break before the next course is required (a number of days).'],
      sessionMaxMinutesUnder2Months: ['Longest session under 2 months must be a whole number of minutes.'],
      firstYearCourseEveryMonths: ['Months between course starts in the first year must be a whole number of months.'],
    });
  });

  it('puts a cross-field error beside the field it names, even when another field is also wrong', () => {
    expect(errorsOf(form({ minimumStartAgeDays: '60', cautiousStartAgeDays: '45', courseSessions: '0' }))).toEqual({
      cautiousStartAgeDays: ['The warning age (45 days) cannot be below the minimum age (60 days).'],
      courseSessions: ['Sessions in a course must be between 10 and 25 sessions (the range the sources give).'],
    });
    expect(errorsOf(form({ sessionMaxMinutes2To6Months: '30', sessionMaxMinutesFrom6Months: '25' }))).toEqual({
      sessionMaxMinutesFrom6Months: [
        'Sessions from 6 months (25 min) cannot be shorter than from 2 to 6 months (30 min).',
      ],
    });
  });
});
