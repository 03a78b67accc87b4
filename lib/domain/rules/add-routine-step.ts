import { checkAgeGate } from './age-gates';
import { checkRoutine } from './check-routine';
import { conditionStepsFor, proposeRoutine, type ProposeRoutineInput } from './propose-routine';
import { AREA_PLAN, exerciseRepetitions, isPlanEntryForAge, type PlanEntry, type RoutineStep } from './routine-steps';
import { BODY_AREA_IDS, type BodyArea } from './techniques';
import { CONDITION_STEPS } from './therapeutic-conditions';

/**
 * What the doctor may add to a routine by hand: the steps the proposal is built from (each
 * area's plan and the child's conditions), kept only where the rule book allows them for this
 * child. "Allowed" is `checkRoutine`'s verdict on the step, the same check the edited routine
 * gets on the form and on the server, so a step offered here is never refused for what it is.
 */

/** Should the check allow a step the proposal leaves out, it starts at a minute for the doctor to retime. */
const ADDED_STEP_MINUTES = 1;

type StepIdentity = Pick<RoutineStep, 'area' | 'technique' | 'direction'>;

function isSameStep(a: StepIdentity, b: StepIdentity): boolean {
  return a.area === b.area && a.technique === b.technique && a.direction === b.direction;
}

/**
 * An area's plain stroking opens, separates and closes its work (001), so it may be added again;
 * any other step is offered only while the routine lacks it.
 */
function isRepeatable(step: StepIdentity): boolean {
  const plan: readonly PlanEntry[] = AREA_PLAN[step.area];
  const stroking = plan.find((entry) => entry.technique === 'STROKING');
  return step.technique === 'STROKING' && step.direction === stroking?.direction;
}

/**
 * Only the step's own verdict counts, not where it would stand: checked as the middle of three
 * copies, it is neither the session's first step nor its last, and the totals are ignored.
 */
function isAllowed(step: RoutineStep, input: ProposeRoutineInput): boolean {
  return checkRoutine([step, step, step], input).violations.every((violation) => violation.stepIndex !== 1);
}

/** The catalogue in the order of a session: area by area, the area's plan, then its condition steps. */
function catalogue(input: ProposeRoutineInput): Omit<RoutineStep, 'minutes'>[] {
  const conditionSteps = conditionStepsFor(input).map((id) => CONDITION_STEPS[id]);
  return BODY_AREA_IDS.flatMap((area) => [
    ...(AREA_PLAN[area] as readonly PlanEntry[])
      .filter((entry) => isPlanEntryForAge(entry, input.ageDays))
      .map((entry) => ({
        area,
        technique: entry.technique,
        direction: entry.direction,
        repetitions: exerciseRepetitions(entry, input.ageDays),
      })),
    ...conditionSteps
      .filter((step) => step.area === area)
      .map((step) => ({ area, technique: step.technique, direction: step.direction, repetitions: step.repetitions })),
  ]);
}

/**
 * The steps the doctor may add to `routine` for this child, each with the time the proposal
 * gives it (else a minute), in session order. None below the clinic's minimum age, as for
 * `proposeRoutine`.
 */
export function stepsAvailableToAdd(routine: readonly RoutineStep[], input: ProposeRoutineInput): RoutineStep[] {
  if (!checkAgeGate(input.ageDays, input.defaults, { umbilicalWoundHealed: input.tummyAllowed }).allowed) return [];
  const proposal = proposeRoutine(input);
  return catalogue(input)
    .map((entry) => {
      const proposed = proposal.find((step) => isSameStep(step, entry));
      return { ...entry, minutes: proposed?.minutes ?? ADDED_STEP_MINUTES };
    })
    .filter((step) => isRepeatable(step) || !routine.some((present) => isSameStep(present, step)))
    .filter((step) => isAllowed(step, input));
}

/**
 * Where an added step goes: inside its area's run of steps, before the area's closing stroking
 * (so the area still ends with stroking, 001); a stroking goes last in the run. An area not yet
 * in the routine goes where the session order puts it (000: hands, legs, chest, tummy, back).
 */
export function placeForAddedStep(
  routine: readonly RoutineStep[],
  step: Pick<RoutineStep, 'area' | 'technique'>,
): number {
  const last = routine.findLastIndex((present) => present.area === step.area);
  if (last === -1) {
    const rank = (area: BodyArea) => BODY_AREA_IDS.indexOf(area);
    const later = routine.findIndex((present) => rank(present.area) > rank(step.area));
    return later === -1 ? routine.length : later;
  }
  const closes = routine[last]?.technique === 'STROKING' && routine[last - 1]?.area === step.area;
  return step.technique !== 'STROKING' && closes ? last : last + 1;
}
