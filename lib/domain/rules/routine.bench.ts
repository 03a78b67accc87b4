import { bench, describe } from 'vitest';
import { DEFAULT_CLINIC_DEFAULTS } from './clinic-defaults';
import { checkRoutine } from './check-routine';
import { proposeRoutine, type ProposeRoutineInput } from './propose-routine';

// The prescribe form proposes and checks the routine in the browser on every change of a field
// or a step, so both must stay well under a frame (16 ms) for the longest routine there is.
const SIX_MONTHS_WITH_CONDITIONS: ProposeRoutineInput = {
  ageDays: 200,
  indicationKind: 'THERAPEUTIC',
  excludedAreas: [],
  tummyAllowed: true,
  defaults: DEFAULT_CLINIC_DEFAULTS,
  conditions: ['COLIC', 'FLAT_FEET', 'HYPERTONIA'],
  atHome: false,
};
const longest = proposeRoutine(SIX_MONTHS_WITH_CONDITIONS);

describe(`the session routine (${longest.length} steps at 6 months with three conditions)`, () => {
  bench('proposeRoutine', () => {
    proposeRoutine(SIX_MONTHS_WITH_CONDITIONS);
  });

  bench('checkRoutine, as after each edit', () => {
    checkRoutine(longest, SIX_MONTHS_WITH_CONDITIONS);
  });
});
