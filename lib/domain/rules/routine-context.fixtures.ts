import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import type { ProposeRoutineInput } from './propose-routine';

/** For tests of the routine rules: a preventive course at the clinic for a 200-day-old, nothing excluded. */
export function routineContext(overrides: Partial<ProposeRoutineInput> = {}): ProposeRoutineInput {
  return {
    ageDays: 200,
    indicationKind: 'PREVENTIVE',
    excludedAreas: [],
    tummyAllowed: true,
    defaults: DEFAULT_CLINIC_DEFAULTS,
    conditions: [],
    atHome: false,
    ...overrides,
  };
}
