import { createTranslator } from 'next-intl';
import { fromIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { RULE_MONTH_DAYS } from '@/lib/domain/age';
import { splitMinutes } from '@/lib/domain/rules/format';
import enFormat from '@/messages/en/format.json';
import ruFormat from '@/messages/ru/format.json';
import type { Locale } from './locales';

/*
 * The one formatting module: dates take the request's BCP 47 tag (lib/i18n/locale.ts
 * getRequestLocale, always in the interface's language); quantities (times, ages) take the
 * interface language and read their words and plural forms from messages/<locale>/format.json,
 * so Russian gets its one/few/many forms. Pure: the server, the browser and the tests share it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Locales come from supportedLocalesOf and zones from the settings, so few; the bound is a backstop. */
const MAX_FORMATTERS = 500;

/**
 * One Intl.DateTimeFormat per locale and options, made once: making one costs about 0.5 ms of CPU
 * (ICU loads the locale's patterns), formatting with it about 0.01 ms, and a list page formats
 * a date per row (issue 11: the patient list spent more CPU here than anywhere else).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Calendar dates are formatted in UTC because they are stored as UTC midnight: no zone shifts them. */
export function formatDate(date: IsoDate, locale: string, style: 'long' | 'medium' | 'short' = 'medium'): string {
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(fromIsoDate(date));
}

export function formatWeekdayDate(date: IsoDate, locale: string): string {
  return dateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    fromIsoDate(date),
  );
}

export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

const FORMAT_MESSAGES = { en: enFormat, ru: ruFormat } satisfies Record<Locale, typeof enFormat>;

/** To the nearest half: ages in the rule book read "6.5 weeks", "1.5 months". */
function toHalf(value: number): number {
  return Math.round(value * 2) / 2;
}

/**
 * Times and ages in the interface's language: `quantities('ru').minutes(1.5)` is "1 мин 30 с".
 * English reads exactly as the rule book's English always has (lib/i18n/format.test.ts).
 */
export function quantities(locale: Locale) {
  const t = createTranslator({ locale, messages: { format: FORMAT_MESSAGES[locale] }, namespace: 'format' });

  /** "15 s", "1 min", "1 min 30 s": every step, session and limit is shown this way. */
  function minutes(value: number): string {
    const split = splitMinutes(value);
    if (split.minutes === 0) return t('seconds', { count: split.seconds });
    if (split.seconds === 0) return t('minutes', { count: split.minutes });
    return t('minutesSeconds', split);
  }

  /** "5–10 min", "30 s–1 min", "5 min": a range says its unit once when both ends are whole minutes. */
  function minutesRange(min: number, max: number): string {
    if (minutes(min) === minutes(max)) return minutes(max);
    const from = Number.isInteger(min) && Number.isInteger(max) ? String(min) : minutes(min);
    return `${from}–${minutes(max)}`;
  }

  /**
   * An age as it follows "from" ("birth", "6.5 weeks", "2 months"; in Russian the genitive that
   * follows «с»/«до»): weeks until 2 months, then months, to the nearest half.
   */
  function ageAfterFrom(days: number): { text: string; unit: 'birth' | 'weeks' | 'months'; count: number } {
    if (days <= 0) return { text: t('birthFrom'), unit: 'birth', count: 0 };
    if (days < 61) {
      const count = toHalf(days / 7);
      return { text: t('weeksFrom', { count }), unit: 'weeks', count };
    }
    const count = toHalf(days / RULE_MONTH_DAYS);
    return { text: t('monthsFrom', { count }), unit: 'months', count };
  }

  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  /** "from 2 months", "from birth". */
  function fromAge(days: number): string {
    return t('fromAge', { age: ageAfterFrom(days).text });
  }

  /** "from 2–4 months", "from 6.5 weeks–2 months": one unit when both ends are in months. */
  function fromAgeRange(minDays: number, maxDays: number): string {
    const from = ageAfterFrom(minDays);
    const to = ageAfterFrom(maxDays);
    if (from.text === to.text) return fromAge(minDays);
    const start = from.unit === 'months' && to.unit === 'months' ? number.format(from.count) : from.text;
    return t('fromAge', { age: `${start}–${to.text}` });
  }

  /** An age band with an open end: "birth to 2 months", "from 8 months". */
  function ageBand(fromDays: number, toDays: number | null): string {
    if (toDays === null) return fromAge(fromDays);
    return t('ageBand', { from: ageAfterFrom(fromDays).text, to: ageAfterFrom(toDays).text });
  }

  return { minutes, minutesRange, fromAge, fromAgeRange, ageBand };
}

export type Quantities = ReturnType<typeof quantities>;
