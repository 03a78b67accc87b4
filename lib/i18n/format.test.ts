import { describe, expect, it } from 'vitest';
import {
  AREA_PLAN,
  BODY_AREA_IDS,
  FOOT_MASSAGE_BANDS,
  formatMinutes,
  formatMinutesRange,
  TECHNIQUES,
} from '@/lib/domain/rules';
import { parseIsoDate } from '@/lib/domain/calendar-date';
import { dateTimeFormat, formatDate, formatDateTime, quantities } from './format';

const en = quantities('en');
const ru = quantities('ru');

describe('times', () => {
  it('read in English exactly as the rule book writes them', () => {
    for (const minutes of [0.25, 0.5, 1, 1.5, 2.75, 5, 10, 12.5, 40, 60]) {
      expect(en.minutes(minutes)).toBe(formatMinutes(minutes));
    }
    for (const [min, max] of [
      [5, 10],
      [0.5, 1],
      [5, 5],
      [1.5, 3],
    ] as const) {
      expect(en.minutesRange(min, max)).toBe(formatMinutesRange(min, max));
    }
  });

  it('read in Russian with Russian units', () => {
    expect(ru.minutes(1.5)).toBe('1 мин 30 с');
    expect(ru.minutes(0.25)).toBe('15 с');
    expect(ru.minutesRange(5, 10)).toBe('5–10 мин');
  });
});

describe('ages in the rule book', () => {
  it('read in English as they always have', () => {
    expect(en.fromAge(0)).toBe('from birth');
    expect(en.fromAge(46)).toBe('from 6.5 weeks');
    expect(en.fromAge(61)).toBe('from 2 months');
    expect(en.fromAge(30)).toBe('from 4.5 weeks');
    expect(en.fromAgeRange(91, 183)).toBe('from 3–6 months');
    expect(en.fromAgeRange(46, 122)).toBe('from 6.5 weeks–4 months');
    expect(en.ageBand(0, 61)).toBe('birth to 2 months');
    expect(en.ageBand(244, null)).toBe('from 8 months');
  });

  it("take Russian's genitive after «с» and «до», with one, few and many forms", () => {
    expect(ru.fromAge(0)).toBe('с рождения');
    expect(ru.fromAge(30)).toBe('с 4,5 недели');
    expect(ru.fromAge(35)).toBe('с 5 недель');
    expect(ru.fromAge(31)).toBe('с 4,5 недели');
    expect(ru.fromAge(Math.round(365.25 / 12))).toBe('с 4,5 недели');
    expect(ru.fromAge(61)).toBe('с 2 месяцев');
    expect(ru.fromAge(Math.round((21 * 365.25) / 12))).toBe('с 21 месяца');
    expect(ru.fromAgeRange(91, 183)).toBe('с 3–6 месяцев');
    expect(ru.ageBand(0, 61)).toBe('с рождения до 2 месяцев');
  });

  it('give every age the rule book uses a reading in both languages', () => {
    const ages = [
      ...Object.values(TECHNIQUES).flatMap((technique) => [
        technique.fromAgeDays,
        technique.sourceFromAgeDays.min,
        technique.sourceFromAgeDays.max,
      ]),
      ...BODY_AREA_IDS.flatMap((area) =>
        AREA_PLAN[area].flatMap((entry) => ('fromAgeDays' in entry ? [entry.fromAgeDays ?? 0] : [])),
      ),
      ...FOOT_MASSAGE_BANDS.map((band) => band.fromAgeDays),
    ];
    for (const days of ages) {
      expect(en.fromAge(days)).toMatch(/^from (birth|[\d.]+ (weeks?|months?))$/);
      expect(ru.fromAge(days)).toMatch(/^с (рождения|[\d,]+ (недели|недель|месяца|месяцев))$/);
    }
  });
});

describe('dateTimeFormat', () => {
  it('makes one formatter per locale and options, and formats as a new one would', () => {
    const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('en-GB', options)).toBe(dateTimeFormat('en-GB', { ...options }));
    expect(dateTimeFormat('en-GB', options)).not.toBe(dateTimeFormat('de-DE', options));
    expect(formatDate(parseIsoDate('2026-03-03'), 'en-GB')).toBe('3 Mar 2026');
    expect(formatDateTime(new Date('2026-03-03T09:05:00Z'), 'en-GB', 'Europe/Berlin')).toBe('3 Mar 2026, 10:05');
  });
});
