import { describe, expect, it } from 'vitest';
import {
  CONTRAINDICATIONS,
  CONTRAINDICATION_IDS,
  conditionsFromScreening,
  screen as screenInReferences,
  type ContraindicationId,
  type ScreeningAnswers,
} from './contraindications';
import { UNWELL_TODAY_IDS } from './unwell-today';
import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';

/** The screening with its messages read in English (they are catalog references). */
function screen(...args: Parameters<typeof screenInReferences>) {
  return translateAll(screenInReferences(...args), translatorFor('en'));
}

/** A fully answered checklist: everything "no" except the items given. */
function answers(...present: ContraindicationId[]): ScreeningAnswers {
  return Object.fromEntries(CONTRAINDICATION_IDS.map((id) => [id, present.includes(id)]));
}

describe('CONTRAINDICATIONS', () => {
  it('sorts the checklist into the four kinds of the guide', () => {
    const byKind = (kind: string) => CONTRAINDICATION_IDS.filter((id) => CONTRAINDICATIONS[id].kind === kind);
    expect(byKind('ABSOLUTE')).toEqual([
      'HEART_DISEASE',
      'BONE_PAIN_OR_BRITTLE_BONES',
      'ACUTE_ARTHRITIS',
      'NEPHRITIS',
      'ABDOMINAL_ORGAN_PROLAPSE',
      'LARGE_HERNIA',
    ]);
    expect(byKind('TEMPORARY')).toEqual([
      'FEVER',
      'ACUTE_INFECTION',
      'SKIN_INFLAMMATION_WIDESPREAD',
      'GASTROINTESTINAL_DISORDER',
      'INJURY_OR_BURN',
      'GENITOURINARY_DISEASE',
    ]);
    // The browser's copy of the temporary items, in the same order (unwell-today.ts).
    expect(UNWELL_TODAY_IDS).toEqual(byKind('TEMPORARY'));
    expect(byKind('LOCAL')).toHaveLength(6);
    expect(byKind('PROFESSIONAL_ONLY')).toEqual(['RICKETS', 'UMBILICAL_HERNIA', 'INGUINAL_HERNIA']);
  });

  it('gives each local item the area it removes', () => {
    expect(CONTRAINDICATIONS.SKIN_LESION_BACK).toMatchObject({ kind: 'LOCAL', area: 'BACK' });
    expect(CONTRAINDICATIONS.SKIN_LESION_TUMMY).toMatchObject({ kind: 'LOCAL', area: 'TUMMY' });
    expect(CONTRAINDICATIONS.SKIN_LESION_BACK.label).toBe(
      'Wart, birthmark or other quiet (not inflamed, not broken) skin lesion on the back and buttocks',
    );
  });

  it('cites both disagreeing texts for rickets and umbilical hernia', () => {
    expect(CONTRAINDICATIONS.RICKETS.source).toEqual(['001', '002']);
    expect(CONTRAINDICATIONS.UMBILICAL_HERNIA.source).toEqual(['001', '002']);
  });
});

describe('screen', () => {
  it('proceeds when every answer is no', () => {
    expect(screen(answers(), { indicationKind: 'PREVENTIVE' })).toEqual({
      verdict: 'PROCEED',
      blocked: [],
      postponeStart: [],
      excludedAreas: [],
      warnings: [],
      unanswered: [],
    });
  });

  it('blocks on an absolute contraindication', () => {
    const outcome = screen(answers('HEART_DISEASE'), { indicationKind: 'THERAPEUTIC' });
    expect(outcome.verdict).toBe('BLOCKED');
    expect(outcome.blocked).toEqual([
      {
        itemId: 'HEART_DISEASE',
        label: 'Congenital heart defect or heart disease',
        message: 'Congenital heart defect or heart disease: no massage until a doctor clears it.',
        source: ['000', '001'],
      },
    ]);
    expect(outcome.postponeStart).toEqual([]);
  });

  it('postpones on a temporary contraindication without blocking the course', () => {
    const outcome = screen(answers('FEVER', 'ACUTE_INFECTION'), { indicationKind: 'PREVENTIVE' });
    expect(outcome.verdict).toBe('POSTPONE');
    expect(outcome.blocked).toEqual([]);
    expect(outcome.postponeStart.map((reason) => reason.itemId)).toEqual(['FEVER', 'ACUTE_INFECTION']);
    expect(outcome.postponeStart[0]?.message).toBe(
      'Fever or high temperature: no massage today. Keep the course and start or resume it once the baby has recovered.',
    );
  });

  it('removes the area of a local contraindication and still proceeds', () => {
    const outcome = screen(answers('SKIN_LESION_BACK'), { indicationKind: 'PREVENTIVE' });
    expect(outcome.verdict).toBe('PROCEED');
    expect(outcome.excludedAreas).toEqual(['BACK']);
    expect(outcome.warnings).toEqual([
      'Wart, birthmark or other quiet (not inflamed, not broken) skin lesion on the back and buttocks: leave out this area (Back and buttocks) while it is there.',
    ]);
  });

  it('lists several excluded areas once each, in session order', () => {
    const outcome = screen(answers('SKIN_LESION_BACK', 'SKIN_LESION_ARMS_HANDS', 'SKIN_LESION_TUMMY'), {
      indicationKind: 'PREVENTIVE',
    });
    expect(outcome.excludedAreas).toEqual(['ARMS_HANDS', 'TUMMY', 'BACK']);
  });

  it('warns when every area is excluded', () => {
    const outcome = screen(
      answers(
        'SKIN_LESION_HEAD_FACE',
        'SKIN_LESION_CHEST',
        'SKIN_LESION_TUMMY',
        'SKIN_LESION_ARMS_HANDS',
        'SKIN_LESION_LEGS_FEET',
        'SKIN_LESION_BACK',
      ),
      { indicationKind: 'THERAPEUTIC' },
    );
    expect(outcome.excludedAreas).toHaveLength(6);
    expect(outcome.warnings).toContain('Every body area is excluded: there is nothing left to massage.');
  });

  it('allows rickets only in a therapeutic course, with a professional-only warning', () => {
    const therapeutic = screen(answers('RICKETS'), { indicationKind: 'THERAPEUTIC' });
    expect(therapeutic.verdict).toBe('PROCEED');
    expect(therapeutic.blocked).toEqual([]);
    expect(therapeutic.warnings).toEqual([
      "Rickets: therapeutic massage only, by a professional massage therapist on a doctor's prescription (002 lists it as a contraindication; 001 says a special course by a professional helps).",
    ]);

    const preventive = screen(answers('RICKETS'), { indicationKind: 'PREVENTIVE' });
    expect(preventive.verdict).toBe('BLOCKED');
    expect(preventive.blocked[0]?.message).toBe(
      'Rickets: no preventive or home massage. Only a therapeutic course by a professional, prescribed by a doctor (002 lists it as a contraindication; 001 says a special course by a professional helps).',
    );
  });

  it('blocks a small umbilical hernia in a corrective course', () => {
    const outcome = screen(answers('UMBILICAL_HERNIA'), { indicationKind: 'CORRECTIVE' });
    expect(outcome.verdict).toBe('BLOCKED');
    expect(outcome.blocked[0]?.itemId).toBe('UMBILICAL_HERNIA');
    expect(outcome.blocked[0]?.message).toContain('no corrective or home massage');
  });

  it('treats a large hernia as absolute even in a therapeutic course', () => {
    expect(screen(answers('LARGE_HERNIA'), { indicationKind: 'THERAPEUTIC' }).verdict).toBe('BLOCKED');
  });

  it('puts blocking ahead of postponing when both apply', () => {
    const outcome = screen(answers('FEVER', 'NEPHRITIS', 'SKIN_LESION_CHEST'), { indicationKind: 'THERAPEUTIC' });
    expect(outcome.verdict).toBe('BLOCKED');
    expect(outcome.blocked.map((reason) => reason.itemId)).toEqual(['NEPHRITIS']);
    expect(outcome.postponeStart.map((reason) => reason.itemId)).toEqual(['FEVER']);
    expect(outcome.excludedAreas).toEqual(['CHEST']);
  });

  it('never reads a partial checklist as "proceed"', () => {
    const outcome = screen({ FEVER: false, HEART_DISEASE: false }, { indicationKind: 'PREVENTIVE' });
    expect(outcome.verdict).toBe('INCOMPLETE');
    expect(outcome.unanswered).toHaveLength(CONTRAINDICATION_IDS.length - 2);
    expect(outcome.unanswered).not.toContain('FEVER');
    expect(outcome.warnings).toEqual(['19 checklist items not answered: answer every item before massage.']);
  });

  it('counts a non-boolean answer from a form as unanswered', () => {
    const formAnswers = { ...answers(), FEVER: 'true' } as unknown as ScreeningAnswers;
    const outcome = screen(formAnswers, { indicationKind: 'PREVENTIVE' });
    expect(outcome.verdict).toBe('INCOMPLETE');
    expect(outcome.unanswered).toEqual(['FEVER']);
  });

  it('still reports a known postponement on an incomplete checklist', () => {
    const outcome = screen({ FEVER: true }, { indicationKind: 'PREVENTIVE' });
    expect(outcome.verdict).toBe('INCOMPLETE');
    expect(outcome.postponeStart.map((reason) => reason.itemId)).toEqual(['FEVER']);
  });

  it('ignores answers to items it does not know', () => {
    const outcome = screen({ ...answers(), SOMETHING_ELSE: true } as ScreeningAnswers, {
      indicationKind: 'PREVENTIVE',
    });
    expect(outcome.verdict).toBe('PROCEED');
  });
});

describe('a rash and the hernias', () => {
  it('postpones the start for a rash anywhere, rather than leaving one area out', () => {
    const outcome = screen(answers('SKIN_INFLAMMATION_WIDESPREAD'), { indicationKind: 'PREVENTIVE' });
    expect(outcome.verdict).toBe('POSTPONE');
    expect(outcome.excludedAreas).toEqual([]);
    expect(outcome.postponeStart.map((reason) => reason.label)).toEqual([
      'Rash, inflammatory skin lesion or dermatitis (anywhere on the body)',
    ]);
  });

  it('lists the inguinal hernia beside the umbilical one (002), for a professional only', () => {
    expect(screen(answers('INGUINAL_HERNIA'), { indicationKind: 'PREVENTIVE' }).verdict).toBe('BLOCKED');
    expect(screen(answers('INGUINAL_HERNIA'), { indicationKind: 'THERAPEUTIC' }).verdict).toBe('PROCEED');
  });

  it('brings the professional-only items to the course as conditions', () => {
    expect(conditionsFromScreening(answers('RICKETS', 'INGUINAL_HERNIA', 'FEVER'))).toEqual([
      'RICKETS',
      'INGUINAL_HERNIA',
    ]);
    expect(conditionsFromScreening(answers())).toEqual([]);
  });
});
