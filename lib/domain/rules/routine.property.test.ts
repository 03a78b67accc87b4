import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS, validateClinicDefaults, type ClinicDefaults } from './clinic-defaults';
import type { IndicationKind } from './indications';
import { proposeRoutine } from './propose-routine';
import type { RoutineContext, RoutineStep } from './routine-steps';
import type { BodyArea, Technique } from './techniques';
import { CONDITION_STEPS, type TherapeuticConditionCode } from './therapeutic-conditions';

import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';
import { checkRoutine as checkRoutineReferences } from './check-routine';

/** The check with its messages read in English (they are catalog references). */
const checkRoutine = (...args: Parameters<typeof checkRoutineReferences>) =>
  translateAll(checkRoutineReferences(...args), translatorFor('en'));

/*
 * The guide's figures written out again on purpose, so these properties do not just
 * re-run the code under test against its own tables.
 */
const ALLOWED_FROM_DAY: Record<Technique, number> = {
  STROKING: 0,
  RUBBING: 61,
  PASSIVE_GYMNASTICS: 91,
  TAPPING: 122,
  KNEADING: 152,
  PINCHING: 152,
  SAWING: 152,
  VIBRATION: 152,
  EXERCISE: 61,
  ACUPRESSURE: 183,
};
const AREAS: readonly BodyArea[] = ['HEAD_FACE', 'CHEST', 'TUMMY', 'ARMS_HANDS', 'LEGS_FEET', 'WHOLE_BODY', 'BACK'];
const NEVER_ZONES = [
  'LIVER_KIDNEYS',
  'HEART',
  'LYMPH_NODES_ARMPITS',
  'LYMPH_NODES_UNDER_KNEES',
  'LYMPH_NODES_GROIN',
  'SPINE',
  'FONTANELLE',
  'INNER_THIGH',
  'MAMMARY_GLANDS',
  'KNEE_ELBOW_JOINTS',
  'SHOULDER_HIP_JOINTS',
];
const KINDS: readonly IndicationKind[] = ['THERAPEUTIC', 'CORRECTIVE', 'PREVENTIVE'];
const CONDITIONS: readonly TherapeuticConditionCode[] = [
  'COLIC',
  'CONSTIPATION',
  'HYPERTONIA',
  'HYPOTONIA',
  'FLAT_FEET',
  'UMBILICAL_HERNIA',
  'INGUINAL_HERNIA',
  'TORTICOLLIS',
  'HIP_DYSPLASIA',
  'RICKETS',
  'DACRYOCYSTITIS',
];
/** Exercises that bend, stand on or crawl on the hips (001: hip work only without pathology). */
const LOADS_HIPS = /\b(?:bend|stand|steps|walking|crawl\w*)\b/i;
/** Rickets: stroking and light rubbing only (001). */
const RICKETS_TECHNIQUES: readonly Technique[] = ['STROKING', 'RUBBING'];
/** Torticollis: the neck is a specialist's work (001). */
const NECK_WORK = CONDITION_STEPS.NECK_STROKING.direction;

function sessionMaxMinutes(ageDays: number, defaults: ClinicDefaults): number {
  if (ageDays < 61) return defaults.sessionMaxMinutesUnder2Months;
  if (ageDays < 183) return defaults.sessionMaxMinutes2To6Months;
  return defaults.sessionMaxMinutesFrom6Months;
}

const validDefaults = fc
  .record({
    minimumStartAgeDays: fc.integer({ min: 14, max: 91 }),
    cautiousStartAgeDays: fc.integer({ min: 28, max: 91 }),
    courseSessions: fc.integer({ min: 10, max: 25 }),
    breakBetweenCoursesDays: fc.integer({ min: 14, max: 182 }),
    firstYearCourseEveryMonths: fc.integer({ min: 2, max: 3 }),
    sessionMaxMinutesUnder2Months: fc.integer({ min: 5, max: 10 }),
    sessionMaxMinutes2To6Months: fc.integer({ min: 15, max: 30 }),
    sessionMaxMinutesFrom6Months: fc.integer({ min: 25, max: 45 }),
    firstSessionMinutes: fc.integer({ min: 1, max: 10 }),
    sessionGrowthMinutes: fc.integer({ min: 1, max: 3 }),
  })
  .filter((values) => validateClinicDefaults(values).ok);

const routineInput = (ages: fc.Arbitrary<number>, defaults: fc.Arbitrary<ClinicDefaults>) =>
  fc.record({
    ageDays: ages,
    indicationKind: fc.constantFrom(...KINDS),
    excludedAreas: fc.subarray([...AREAS]),
    tummyAllowed: fc.boolean(),
    defaults,
    conditions: fc.subarray([...CONDITIONS]),
    atHome: fc.boolean(),
  });

function assertSafeRoutine(steps: readonly RoutineStep[], input: RoutineContext): void {
  const available = AREAS.filter(
    (area) =>
      !input.excludedAreas.includes(area) &&
      (area !== 'TUMMY' || input.tummyAllowed) &&
      (area !== 'WHOLE_BODY' || (input.tummyAllowed && input.excludedAreas.length === 0)),
  );
  if (input.ageDays < input.defaults.minimumStartAgeDays || available.length === 0) {
    expect(steps).toEqual([]);
    return;
  }
  expect(steps.length).toBeGreaterThan(0);

  for (const step of steps) {
    expect(ALLOWED_FROM_DAY[step.technique]).toBeLessThanOrEqual(input.ageDays);
    expect(step.technique).not.toBe('ACUPRESSURE');
    expect(AREAS).toContain(step.area);
    expect(NEVER_ZONES).not.toContain(step.area);
    expect(input.excludedAreas).not.toContain(step.area);
    if (!input.tummyAllowed) expect(step.area).not.toBe('TUMMY');
    expect(step.minutes).toBeGreaterThan(0);
    expect(Number.isInteger(step.minutes * 4)).toBe(true);
    expect(step.direction.trim()).not.toBe('');
    expect(step.direction).not.toMatch(/anti-?clockwise|counter-?clockwise/i);
    if (input.conditions.includes('HIP_DYSPLASIA')) expect(step.direction).not.toMatch(LOADS_HIPS);
    if (input.conditions.includes('RICKETS')) expect(RICKETS_TECHNIQUES).toContain(step.technique);
    if (input.atHome) expect(step.direction).not.toBe(NECK_WORK);
  }
  expect(steps[0]?.technique).toBe('STROKING');
  expect(steps[steps.length - 1]?.technique).toBe('STROKING');

  const total = steps.reduce((sum, step) => sum + step.minutes, 0);
  expect(total).toBeGreaterThanOrEqual(1);
  expect(total).toBeLessThanOrEqual(sessionMaxMinutes(input.ageDays, input.defaults));
  expect(total).toBeLessThanOrEqual(45);

  expect(checkRoutine(steps, input)).toEqual({ ok: true, violations: [] });
}

describe('proposeRoutine (properties)', () => {
  it('is safe for any age from 21 days to 2 years with the default settings', () => {
    fc.assert(
      fc.property(routineInput(fc.integer({ min: 21, max: 730 }), fc.constant(DEFAULT_CLINIC_DEFAULTS)), (input) => {
        assertSafeRoutine(proposeRoutine(input), input);
      }),
      { numRuns: 1000 },
    );
  });

  it('is safe under any settings the validator accepts, including ages below the minimum', () => {
    fc.assert(
      fc.property(routineInput(fc.integer({ min: 0, max: 730 }), validDefaults), (input) => {
        assertSafeRoutine(proposeRoutine(input), input);
      }),
      { numRuns: 500 },
    );
  });

  it('fills the whole session when no area is left out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 21, max: 730 }),
        fc.constantFrom(...KINDS),
        fc.subarray([...CONDITIONS]),
        (ageDays, indicationKind, conditions) => {
          const steps = proposeRoutine({
            ageDays,
            indicationKind,
            conditions,
            excludedAreas: [],
            tummyAllowed: true,
            defaults: DEFAULT_CLINIC_DEFAULTS,
            atHome: false,
          });
          const total = steps.reduce((sum, step) => sum + step.minutes, 0);
          expect(total).toBe(sessionMaxMinutes(ageDays, DEFAULT_CLINIC_DEFAULTS));
        },
      ),
    );
  });
});

describe('checkRoutine (properties)', () => {
  const youngerThanSixMonths = routineInput(fc.integer({ min: 21, max: 182 }), fc.constant(DEFAULT_CLINIC_DEFAULTS));

  it('rejects a proposed routine once a step is edited to a technique not yet allowed', () => {
    fc.assert(
      fc.property(youngerThanSixMonths, fc.nat(), fc.nat(), (input, stepSeed, techniqueSeed) => {
        const steps = proposeRoutine(input);
        fc.pre(steps.length > 0);
        const forbidden = (Object.keys(ALLOWED_FROM_DAY) as Technique[]).filter(
          (technique) => ALLOWED_FROM_DAY[technique] > input.ageDays,
        );
        const technique = forbidden[techniqueSeed % forbidden.length];
        if (technique === undefined) throw new Error('acupressure is always forbidden before 183 days');
        const index = stepSeed % steps.length;
        const edited = steps.map((step, stepIndex) => (stepIndex === index ? { ...step, technique } : step));

        const result = checkRoutine(edited, input);
        expect(result.ok).toBe(false);
        expect(
          result.violations.some(
            (violation) =>
              violation.stepIndex === index &&
              violation.message.includes(`is allowed from ${ALLOWED_FROM_DAY[technique]} days`),
          ),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a proposed routine once a step is moved onto a zone never massaged', () => {
    fc.assert(
      fc.property(youngerThanSixMonths, fc.nat(), fc.constantFrom(...NEVER_ZONES), (input, stepSeed, zone) => {
        const steps = proposeRoutine(input);
        fc.pre(steps.length > 0);
        const index = stepSeed % steps.length;
        const edited = steps.map((step, stepIndex) =>
          stepIndex === index ? { ...step, area: zone as unknown as BodyArea } : step,
        );
        const result = checkRoutine(edited, input);
        expect(result.ok).toBe(false);
        expect(
          result.violations.some(
            (violation) => violation.stepIndex === index && violation.message.includes('never massaged'),
          ),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a proposed routine checked against a context that excludes one of its areas', () => {
    fc.assert(
      fc.property(routineInput(fc.integer({ min: 21, max: 730 }), fc.constant(DEFAULT_CLINIC_DEFAULTS)), (input) => {
        const steps = proposeRoutine(input);
        const first = steps[0];
        fc.pre(first !== undefined);
        const result = checkRoutine(steps, { ...input, excludedAreas: [...input.excludedAreas, first.area] });
        expect(result.ok).toBe(false);
        expect(result.violations[0]?.stepIndex).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkRoutine catches what a condition, the place or the words rule out (properties)', () => {
  const anyRoutine = routineInput(fc.integer({ min: 21, max: 730 }), fc.constant(DEFAULT_CLINIC_DEFAULTS));
  const rejectsAt = (steps: readonly RoutineStep[], context: RoutineContext, index: number, words: string) => {
    const result = checkRoutine(steps, context);
    expect(result.ok).toBe(false);
    expect(result.violations.some((v) => v.stepIndex === index && v.message.includes(words))).toBe(true);
  };

  it('rejects any massage step edited to go along the spine itself', () => {
    fc.assert(
      fc.property(
        anyRoutine,
        fc.nat(),
        fc.constantFrom('Stroke along the spine itself.', 'Knead down the spine'),
        (input, seed, words) => {
          const steps = proposeRoutine(input);
          const massage = steps.flatMap((step, index) => (step.technique === 'STROKING' ? [index] : []));
          fc.pre(massage.length > 0);
          const index = massage[seed % massage.length] ?? 0;
          const edited = steps.map((step, i) => (i === index ? { ...step, direction: words } : step));
          rejectsAt(edited, input, index, 'never on the spine itself');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects tummy work edited to go anticlockwise', () => {
    fc.assert(
      fc.property(
        anyRoutine,
        fc.nat(),
        fc.constantFrom('anticlockwise', 'counter-clockwise', 'Anti-clockwise'),
        (input, seed, way) => {
          const steps = proposeRoutine(input);
          const tummy = steps.flatMap((step, index) => (step.area === 'TUMMY' ? [index] : []));
          fc.pre(tummy.length > 0);
          const index = tummy[seed % tummy.length] ?? 0;
          const edited = steps.map((step, i) =>
            i === index ? { ...step, direction: `Circles ${way} round the navel.` } : step,
          );
          rejectsAt(edited, input, index, 'clockwise only');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a hip-loading exercise added to a hip-dysplasia course, wherever it goes', () => {
    const hipWork: RoutineStep[] = [
      {
        area: 'LEGS_FEET',
        technique: 'PASSIVE_GYMNASTICS',
        direction: 'Bend and straighten both legs together, then one at a time.',
        repetitions: 4,
        minutes: 0.25,
      },
      {
        area: 'LEGS_FEET',
        technique: 'PASSIVE_GYMNASTICS',
        direction: 'Frog: rotate the hips outwards.',
        repetitions: 3,
        minutes: 0.25,
      },
      {
        area: 'ARMS_HANDS',
        technique: 'PASSIVE_GYMNASTICS',
        direction: 'Stand the baby up for a few steps.',
        repetitions: 3,
        minutes: 0.25,
      },
    ];
    fc.assert(
      fc.property(anyRoutine, fc.nat(), fc.constantFrom(...hipWork), (input, seed, extra) => {
        const context = { ...input, conditions: [...input.conditions, 'HIP_DYSPLASIA' as const] };
        const steps = proposeRoutine(context);
        fc.pre(steps.length > 1);
        const index = 1 + (seed % (steps.length - 1));
        const edited = [...steps.slice(0, index), extra, ...steps.slice(index)];
        rejectsAt(edited, context, index, 'not for Hip dysplasia');
      }),
      { numRuns: 300 },
    );
  });

  it('rejects percussion or kneading in a rickets course', () => {
    fc.assert(
      fc.property(
        anyRoutine,
        fc.nat(),
        fc.constantFrom<Technique>('TAPPING', 'VIBRATION', 'SAWING', 'KNEADING'),
        (input, seed, technique) => {
          const context = { ...input, conditions: [...input.conditions, 'RICKETS' as const] };
          const steps = proposeRoutine(context);
          fc.pre(steps.length > 1);
          const index = seed % steps.length;
          const edited = steps.map((step, i) => (i === index ? { ...step, technique } : step));
          rejectsAt(edited, context, index, 'not for Rickets');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects neck work in a home routine', () => {
    fc.assert(
      fc.property(anyRoutine, fc.nat(), (input, seed) => {
        const context = { ...input, atHome: true };
        const steps = proposeRoutine(context);
        fc.pre(steps.length > 1);
        const index = 1 + (seed % (steps.length - 1));
        const neck: RoutineStep = { ...CONDITION_STEPS.NECK_STROKING, minutes: 0.25 };
        const edited = [...steps.slice(0, index), neck, ...steps.slice(index)];
        rejectsAt(edited, context, index, 'Neck work is done only by a professional');
      }),
      { numRuns: 300 },
    );
  });
});
