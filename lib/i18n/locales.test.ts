import { describe, expect, it } from 'vitest';
import { formattingLocale, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it("prefers the user's saved choice, then the cookie, then the browser", () => {
    expect(negotiateLocale({ saved: 'ru', cookie: 'en', acceptLanguage: 'en' })).toBe('ru');
    expect(negotiateLocale({ saved: null, cookie: 'ru', acceptLanguage: 'en-GB' })).toBe('ru');
    expect(negotiateLocale({ acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.8' })).toBe('ru');
  });

  it("takes the browser's best supported language by quality, and English when none is", () => {
    expect(negotiateLocale({ acceptLanguage: 'de-DE,ru;q=0.5,en;q=0.7' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'de-DE,fr;q=0.5' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'en;q=0,ru;q=0.2' })).toBe('ru');
    expect(negotiateLocale({})).toBe('en');
  });

  it('ignores a saved or cookie value that is not a supported language', () => {
    expect(negotiateLocale({ saved: 'xx', cookie: 'de', acceptLanguage: 'ru' })).toBe('ru');
  });
});

describe('formattingLocale', () => {
  it("keeps the browser's region in the interface's language", () => {
    expect(formattingLocale('en', 'en-US,en;q=0.9')).toBe('en-US');
    expect(formattingLocale('ru', 'ru-RU')).toBe('ru-RU');
  });

  it("never formats in another language than the interface's (issue 9: Russian months on an English page)", () => {
    expect(formattingLocale('en', 'ru-RU,ru;q=0.9')).toBe('en-GB');
    expect(formattingLocale('ru', 'en-US')).toBe('ru-RU');
    expect(formattingLocale('en', null)).toBe('en-GB');
  });
});
