import { describe, expect, it } from 'vitest';
import { routineContext } from './routine-context.fixtures';
import { placeForAddedStep, stepsAvailableToAdd } from './add-routine-step';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import { isWholeSeconds } from './format';
import { proposeRoutine, type ProposeRoutineInput } from './propose-routine';
import { AREA_PLAN, type RoutineStep } from './routine-steps';
import { BODY_AREA_IDS } from './techniques';
import { CONDITION_STEPS } from './therapeutic-conditions';

const context = (overrides: Partial<ProposeRoutineInput> = {}) =>
  routineContext({ indicationKind: 'THERAPEUTIC', ...overrides });

const kinds = (steps: readonly RoutineStep[]) => steps.map((step) => `${step.area} ${step.technique}`);
const directions = (steps: readonly RoutineStep[]) => steps.map((step) => step.direction);

describe('stepsAvailableToAdd', () => {
  it('offers only stroking until 2 months, and rubbing from 61 days (001)', () => {
    expect(new Set(stepsAvailableToAdd([], context({ ageDays: 60 })).map((step) => step.technique))).toEqual(
      new Set(['STROKING']),
    );
    const at61 = kinds(stepsAvailableToAdd([], context({ ageDays: 61 })));
    expect(at61).toContain('ARMS_HANDS RUBBING');
    expect(at61).not.toContain('ARMS_HANDS KNEADING');
  });

  it('offers an exercise only inside its age window (start inclusive, end exclusive)', () => {
    const [crossArms, pullToSit] = AREA_PLAN.ARMS_HANDS.filter((entry) => entry.technique === 'PASSIVE_GYMNASTICS');
    const at = (ageDays: number) => directions(stepsAvailableToAdd([], context({ ageDays })));
    expect(at(90)).not.toContain(crossArms?.direction);
    expect(at(91)).toContain(crossArms?.direction);
    expect(at(151)).toContain(crossArms?.direction);
    expect(at(151)).not.toContain(pullToSit?.direction);
    expect(at(152)).not.toContain(crossArms?.direction);
    expect(at(152)).toContain(pullToSit?.direction);
  });

  it('offers nothing on an area a local contraindication leaves out, nor on the tummy before the wound heals', () => {
    const withoutBack = stepsAvailableToAdd([], context({ excludedAreas: ['BACK'] }));
    expect(withoutBack.filter((step) => step.area === 'BACK')).toEqual([]);
    expect(withoutBack.some((step) => step.area === 'LEGS_FEET')).toBe(true);
    const woundOpen = stepsAvailableToAdd([], context({ tummyAllowed: false, conditions: ['COLIC'] }));
    expect(woundOpen.filter((step) => step.area === 'TUMMY')).toEqual([]);
  });

  it('offers nothing below the clinic’s minimum age, as there is no routine', () => {
    const minimum = DEFAULT_CLINIC_DEFAULTS.minimumStartAgeDays;
    expect(stepsAvailableToAdd([], context({ ageDays: minimum - 1 }))).toEqual([]);
    expect(stepsAvailableToAdd([], context({ ageDays: minimum })).length).toBeGreaterThan(0);
  });

  it('leaves out what the routine has, except each area’s plain stroking, which may come again', () => {
    const input = context();
    const proposal = proposeRoutine(input);
    const available = stepsAvailableToAdd(proposal, input);
    expect(available.map((step) => step.technique)).toEqual(available.map(() => 'STROKING'));
    expect(directions(available)).toEqual(BODY_AREA_IDS.map((area) => AREA_PLAN[area][0].direction));
  });

  it('offers a removed step back with the time the proposal gave it', () => {
    const input = context();
    const proposal = proposeRoutine(input);
    const kneading = proposal.find((step) => step.area === 'LEGS_FEET' && step.technique === 'KNEADING');
    if (!kneading) throw new Error('the proposal kneads the legs at 200 days');
    const available = stepsAvailableToAdd(
      proposal.filter((step) => step !== kneading),
      input,
    );
    expect(available.filter((step) => step.technique !== 'STROKING')).toEqual([kneading]);
  });

  it('offers the steps of the child’s conditions, and none for a preventive course', () => {
    const clockwise = CONDITION_STEPS.TUMMY_CLOCKWISE.direction;
    expect(directions(stepsAvailableToAdd([], context({ conditions: ['COLIC'] })))).toContain(clockwise);
    expect(directions(stepsAvailableToAdd([], context({ conditions: ['FLAT_FEET'] })))).not.toContain(clockwise);
    expect(
      directions(stepsAvailableToAdd([], context({ indicationKind: 'PREVENTIVE', conditions: ['COLIC'] }))),
    ).not.toContain(clockwise);
  });

  it('times every offered step in whole seconds above 0', () => {
    for (const ageDays of [21, 61, 91, 152, 183, 365]) {
      for (const step of stepsAvailableToAdd([], context({ ageDays, conditions: ['COLIC', 'HYPOTONIA'] }))) {
        expect(step.minutes).toBeGreaterThan(0);
        expect(isWholeSeconds(step.minutes)).toBe(true);
      }
    }
  });
});

describe('placeForAddedStep', () => {
  const step = (area: RoutineStep['area'], technique: RoutineStep['technique']): RoutineStep => ({
    area,
    technique,
    direction: `${area} ${technique}`,
    repetitions: 3,
    minutes: 1,
  });
  const routine = [
    step('ARMS_HANDS', 'STROKING'),
    step('ARMS_HANDS', 'RUBBING'),
    step('ARMS_HANDS', 'STROKING'),
    step('CHEST', 'STROKING'),
    step('BACK', 'STROKING'),
  ];

  it('puts a technique before its area’s closing stroking', () => {
    expect(placeForAddedStep(routine, { area: 'ARMS_HANDS', technique: 'KNEADING' })).toBe(2);
  });

  it('puts a stroking last in its area, and a technique after an area’s only stroking', () => {
    expect(placeForAddedStep(routine, { area: 'ARMS_HANDS', technique: 'STROKING' })).toBe(3);
    expect(placeForAddedStep(routine, { area: 'CHEST', technique: 'VIBRATION' })).toBe(4);
  });

  it('puts a new area where the session order has it, or last', () => {
    expect(placeForAddedStep(routine, { area: 'LEGS_FEET', technique: 'STROKING' })).toBe(3);
    expect(placeForAddedStep(routine, { area: 'TUMMY', technique: 'STROKING' })).toBe(4);
    expect(placeForAddedStep(routine.slice(0, 4), { area: 'BACK', technique: 'STROKING' })).toBe(4);
    expect(placeForAddedStep([], { area: 'BACK', technique: 'STROKING' })).toBe(0);
  });
});
