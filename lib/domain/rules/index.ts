/**
 * The clinical rule book: pure typed data and functions, each rule naming the source text it
 * comes from (see SOURCES). No framework code; safe to use on the server and in the browser.
 */
export * from './sources';
export * from './indications';
export * from './clinic-defaults';
export * from './contraindications';
export * from './unwell-today';
export * from './age-gates';
export * from './techniques';
export * from './durations';
export * from './course-breaks';
export * from './planned-minutes';
export * from './recorded-minutes';
export * from './therapeutic-conditions';
export { AREA_PLAN, NEW_EXERCISE_RULE, type PlanEntry, type RoutineContext, type RoutineStep } from './routine-steps';
export {
  planRoutine,
  proposeRoutine,
  scaleRoutine,
  type DroppedStep,
  type ProposeRoutineInput,
  type RoutinePlanResult,
} from './propose-routine';
export * from './condition-limits';
export * from './direction-phrases';
export * from './step-traits';
export * from './home-routine';
export { placeForAddedStep, stepsAvailableToAdd } from './add-routine-step';
export { checkRoutine, type RoutineCheck, type RoutineViolation } from './check-routine';
export * from './timing-rules';
export { formatMinutes, formatMinutesRange, isWholeSeconds, joinMinutes, splitMinutes } from './format';
