import { describe, expect, it } from 'vitest';
import { translatable } from './translatable';
import { readTranslatableList, translatableList } from './translatable-list';
import { translatorFor } from './translator';

const weekday = (day: number) => translatable(`prescription.weekdays.${day as 1}`);

describe('a translatable list', () => {
  it('joins its translated items as each language lists things', () => {
    const days = translatableList([1, 3, 5].map(weekday), 'and');
    expect(translatorFor('en')(days)).toBe('Mon, Wed, and Fri');
    expect(translatorFor('ru')(days)).toBe('пн, ср и пт');
    const phrases = translatableList(
      [translatable('prescription.schedule.daily'), translatable('prescription.schedule.daysOff', { days })],
      'commas',
    );
    expect(translatorFor('en')(phrases)).toBe('Daily, no sessions on Mon, Wed, and Fri');
  });

  it('is its one item, or no text', () => {
    expect(translatableList([weekday(2)], 'and')).toBe(weekday(2));
    expect(translatableList([], 'and')).toBe('');
  });

  it('stays linear in size: 50 items, each a reference with placeholders, nested in a message', () => {
    const item = (number: number) => translatable('prescription.decision.overdueSession', { number, date: 0 });
    const sizeOf = (count: number) =>
      translatable('prescription.decision.overdue', {
        count,
        sessions: translatableList(
          Array.from({ length: count }, (_, index) => item(index + 1)),
          'and',
        ),
      }).length;
    // Each item costs the same whatever the list's length: nested references once doubled it per item.
    const perItem = (sizeOf(50) - sizeOf(10)) / 40;
    expect(perItem).toBeLessThan(2 * item(50).length);
    expect(sizeOf(50)).toBeLessThan(50 * 2 * item(50).length);
    const read = translatorFor('en')(
      translatableList(
        Array.from({ length: 50 }, (_, index) => item(index + 1)),
        'and',
      ),
    );
    expect(read.startsWith('1 (')).toBe(true);
    expect(read).toContain(', and 50 (');
  });

  it('reads back only what it made', () => {
    expect(readTranslatableList(translatableList([weekday(1), weekday(2)], 'commas'))).toEqual({
      style: 'commas',
      items: [weekday(1), weekday(2)],
    });
    expect(readTranslatableList('i18n-list:{"style":"or","items":[]}')).toBeNull();
    expect(readTranslatableList('i18n-list:{not json')).toBeNull();
    expect(readTranslatableList('Sat, Sun')).toBeNull();
  });
});
