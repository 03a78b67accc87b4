import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLINIC_DEFAULT_FIELDS, CLINIC_DEFAULT_FIELD_IDS } from './clinic-defaults';
import { AREA_PLAN } from './routine-steps';
import * as rules from './index';
import { SOURCES, SOURCE_IDS, isSourceId, splitCitations } from './sources';

// The source texts live in the team's shared/ folder beside the repository (CI lays it there too):
// a citation that names no real file is a defect, so this test runs everywhere, never skipped.
const SEEDS_DIR = join(__dirname, '../../../../shared/seeds');

describe('SOURCES', () => {
  it('names the five seed texts by id and file', () => {
    expect(SOURCE_IDS).toEqual(['000', '001', '002', '003', '004']);
    expect(SOURCES['000'].file).toBe('000_5159bd84316c38ff.txt');
    expect(SOURCES['001'].file).toBe('001_de86fe6cc8ed185b.txt');
    expect(SOURCES['002'].file).toBe('002_7fe857fc07ef43fb.txt');
    expect(SOURCES['003'].file).toBe('003_2d5a967534227d34.txt');
    expect(SOURCES['004'].file).toBe('004_94c551dc8dd327dc.txt');
    for (const id of SOURCE_IDS) {
      expect(SOURCES[id].title.length).toBeGreaterThan(10);
      expect(SOURCES[id].summary.length).toBeGreaterThan(10);
    }
  });

  it('points at files that exist in shared/seeds', () => {
    expect(existsSync(SEEDS_DIR), `${SEEDS_DIR}: put the team's shared/ folder beside the repository`).toBe(true);
    for (const id of SOURCE_IDS) {
      expect(existsSync(join(SEEDS_DIR, SOURCES[id].file)), SOURCES[id].file).toBe(true);
    }
  });

  it('titles each text by its own heading, the first line of the file', () => {
    for (const id of SOURCE_IDS) {
      const heading = readFileSync(join(SEEDS_DIR, SOURCES[id].file), 'utf8').split('\n')[0]?.trim() ?? '';
      expect(heading.startsWith(SOURCES[id].title), `${SOURCES[id].file}: "${heading}"`).toBe(true);
    }
    expect(SOURCES['000'].title).toBe('Massage for children under one year old: basic rules');
  });

  it('finds the source ids written into a rule’s text, in parentheses or opening a clause', () => {
    expect(splitCitations('Tummy massage at least 30 minutes after a feed (004).')).toEqual([
      'Tummy massage at least 30 minutes after a feed ',
      { ids: ['004'], form: 'PARENTHESES' },
      '.',
    ]);
    expect(splitCitations('000, 002: up to 15 min. 001: rising to 20 min.')).toEqual([
      { ids: ['000', '002'], form: 'LABEL' },
      ' up to 15 min. ',
      { ids: ['001'], form: 'LABEL' },
      ' rising to 20 min.',
    ]);
    expect(splitCitations('Lay the baby down for 5–10 minutes (frog position) (123) at 100:')).toEqual([
      'Lay the baby down for 5–10 minutes (frog position) ',
      '(123)',
      ' at ',
      '100:',
    ]);
  });

  it('finds every source of a clinic setting named in its note, which the settings form shows alone', () => {
    for (const field of CLINIC_DEFAULT_FIELD_IDS) {
      const { sourceNote, source } = CLINIC_DEFAULT_FIELDS[field];
      const named = splitCitations(sourceNote).flatMap((part) => (typeof part === 'string' ? [] : part.ids));
      expect(new Set(named), field).toEqual(new Set(source));
    }
  });

  it('recognises ids', () => {
    expect(isSourceId('003')).toBe(true);
    expect(isSourceId('005')).toBe(false);
    expect(isSourceId('toString')).toBe(false);
  });
});

/** Every object in the exported rule data that has a `source` must cite at least one known text. */
function collectSources(value: unknown, path: string, found: { path: string; source: unknown }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectSources(item, `${path}[${index}]`, found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source') found.push({ path, source: child });
    else collectSources(child, `${path}.${key}`, found);
  }
}

describe('every rule names its source', () => {
  const found: { path: string; source: unknown }[] = [];
  for (const [name, value] of Object.entries({ ...rules, AREA_PLAN })) {
    if (name === 'SOURCES' || typeof value === 'function') continue;
    collectSources(value, name, found);
  }

  it('finds the cited data', () => {
    // Guards against the walk silently finding nothing.
    expect(found.length).toBeGreaterThan(100);
  });

  it('cites only known texts, at least one each', () => {
    const invalid = found
      .filter(
        ({ source }) =>
          !Array.isArray(source) ||
          source.length === 0 ||
          !source.every((id: unknown) => typeof id === 'string' && isSourceId(id)),
      )
      .map(({ path }) => path);
    expect(invalid).toEqual([]);
  });
});
