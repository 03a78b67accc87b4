import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { MESSAGES } from './messages';

/** Every message of a catalog by its dotted key ("layout.nav.patients"). */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof value === 'string') return entries.set(prefix, value);
  if (value === null || typeof value !== 'object') throw new Error(`${prefix}: not a message or a group`);
  for (const [key, child] of Object.entries(value)) {
    for (const [path, message] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(path, message);
  }
  return entries;
}

/** The placeholders a message takes, with their kind ("count:plural", "time:argument"), sorted. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
      if (element.type === TYPE.number) found.add(`${element.value}:number`);
      if (element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:datetime`);
      if (element.type === TYPE.tag) {
        found.add(`${element.value}:tag`);
        visit(element.children);
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parse(message));
  return [...found].sort();
}

const catalogs = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(MESSAGES[locale])]));
const english = catalogs.en!;

describe('the message catalogs', () => {
  it.each(LOCALES)('%s has exactly the keys English has', (locale) => {
    const keys = [...catalogs[locale]!.keys()].sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  it.each(LOCALES)('every %s message is valid ICU and takes the placeholders English takes', (locale) => {
    const mismatches = [...catalogs[locale]!].flatMap(([key, message]) => {
      const reference = english.get(key);
      if (reference === undefined) return [];
      const expected = placeholders(reference);
      const actual = placeholders(message);
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ key, expected, actual }];
    });
    expect(mismatches).toEqual([]);
  });

  it('Russian plurals give every form Russian grammar needs (one, few, many)', () => {
    const incomplete = [...catalogs.ru!].flatMap(([key, message]) => {
      const missing: string[] = [];
      const visit = (elements: MessageFormatElement[]) => {
        for (const element of elements) {
          if (element.type === TYPE.plural) {
            for (const form of ['one', 'few', 'many', 'other'])
              if (!element.options[form]) missing.push(`${element.value}:${form}`);
            for (const option of Object.values(element.options)) visit(option.value);
          }
          if (element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
          if (element.type === TYPE.tag) visit(element.children);
        }
      };
      visit(parse(message));
      return missing.length ? [{ key, missing }] : [];
    });
    expect(incomplete).toEqual([]);
  });
});
