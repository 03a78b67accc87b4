import { beforeEach, describe, expect, it } from 'vitest';
import { createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { adoptBrowserLocale, saveLocale } from './save-locale';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const savedLocale = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).locale;

describe('the interface language saved on an account', () => {
  it("is the actor's own choice, changed each time they choose, and nobody else's", async () => {
    await saveLocale(clinic.therapist, 'ru');
    expect(await savedLocale(clinic.therapist.id)).toBe('ru');
    await saveLocale(clinic.therapist, 'en');
    expect(await savedLocale(clinic.therapist.id)).toBe('en');
    expect(await savedLocale(clinic.doctor.id)).toBeNull();
  });

  it("takes the browser's choice at sign-in only when the account has none saved", async () => {
    await adoptBrowserLocale(clinic.therapist.id, 'ru');
    expect(await savedLocale(clinic.therapist.id)).toBe('ru');
    // The next person on a shared computer keeps their own choice.
    await saveLocale(clinic.doctor, 'en');
    await adoptBrowserLocale(clinic.doctor.id, 'ru');
    expect(await savedLocale(clinic.doctor.id)).toBe('en');
  });

  it('ignores a cookie that names no supported language', async () => {
    await adoptBrowserLocale(clinic.therapist.id, 'de');
    await adoptBrowserLocale(clinic.therapist.id, undefined);
    expect(await savedLocale(clinic.therapist.id)).toBeNull();
  });
});
