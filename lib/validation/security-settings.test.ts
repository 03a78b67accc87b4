import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { DEFAULT_SECURITY_SETTINGS } from '@/lib/domain/security-settings';
import { effectiveSecuritySettings, ZSecuritySettingsSchema } from './security-settings';

const english = translatorFor('en');
const russian = translatorFor('ru');

describe('security settings', () => {
  it('defaults to 10 per account and 50 per address over 15 minutes, 30 minutes idle, 12 hours at most', () => {
    expect(DEFAULT_SECURITY_SETTINGS).toEqual({
      signInFailuresPerAccount: 10,
      signInFailuresPerAddress: 50,
      signInWindowMinutes: 15,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    });
  });

  it('reads the form and refuses values outside the bounds with a message naming the field', () => {
    const form = { ...DEFAULT_SECURITY_SETTINGS, sessionIdleMinutes: '45', sessionMaxHours: '100' };
    const result = ZSecuritySettingsSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, english(issue.message)])).toEqual([
      [['sessionMaxHours'], 'Sign out after a sign-in of must be from 1 to 24.'],
    ]);
    expect(russian(result.error?.issues[0]?.message ?? '')).toBe(
      'Значение поля «Выход через столько времени после входа» должно быть от 1 до 24.',
    );
  });

  it('uses the default for a stored value that breaks the bounds, and keeps the others', () => {
    expect(effectiveSecuritySettings({ signInFailuresPerAccount: 100000, sessionIdleMinutes: 60 })).toEqual({
      ...DEFAULT_SECURITY_SETTINGS,
      sessionIdleMinutes: 60,
    });
  });
});
