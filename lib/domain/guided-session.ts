import { GYMNASTICS_SESSION_LIMIT } from './rules/durations';
import type { TIMING_RULES } from './rules/timing-rules';

/**
 * The checks a guided home session opens with (domain.md, "Timing rules for every session"): the
 * baby is well (000, 001, 004), not straight after a feed nor hungry (000, 001, 002), a warm room
 * (000, 001, 003). The last two are the rule book's timing rules, shown in their own words.
 */
export const GUIDED_CHECKS = ['WELL_TODAY', 'FEED_GAP', 'ROOM'] as const satisfies readonly (
  'WELL_TODAY' | (typeof TIMING_RULES)[number]['id']
)[];
export type GuidedCheck = (typeof GUIDED_CHECKS)[number];

/** What the guide needs of the routine: each step's time, fitted to the day's planned minutes. */
export type GuidedPlan = { stepDurationsMs: readonly number[] };

/**
 * Where the guide stands. A step's time is kept as what it had run before its last pause
 * (`elapsedMs`) and when it last started running (`runningSince`, null while paused), so the
 * countdown is worked out from the clock, never from counting ticks, and cannot drift.
 * `massagedMs` is the time spent on the steps already left; `timeUps` counts the steps whose time
 * ran out, so the screen gives its signal once for each.
 */
export type GuidedState =
  | { phase: 'CHECKS'; confirmed: readonly GuidedCheck[]; timeUps: number }
  | {
      phase: 'STEP';
      index: number;
      elapsedMs: number;
      runningSince: number | null;
      massagedMs: number;
      timeUps: number;
    }
  /** The massage is over (or never began: the baby is not well): what happened is recorded next. */
  | {
      phase: 'FINISHED';
      outcome: 'DONE' | 'UNWELL';
      /** Ended before the last step, e.g. the baby cried: the record form suggests "stopped early". */
      endedEarly: boolean;
      massagedMs: number;
      timeUps: number;
    };

export type GuidedEvent =
  | { type: 'TOGGLE_CHECK'; check: GuidedCheck }
  | { type: 'REPORT_UNWELL' }
  | { type: 'START'; now: number }
  | { type: 'TICK'; now: number }
  | { type: 'PAUSE'; now: number }
  | { type: 'RESUME'; now: number }
  | { type: 'NEXT'; now: number }
  | { type: 'BACK'; now: number }
  | { type: 'END_EARLY'; now: number };

export const INITIAL_GUIDED_STATE: GuidedState = { phase: 'CHECKS', confirmed: [], timeUps: 0 };

export function allChecksConfirmed(confirmed: readonly GuidedCheck[]): boolean {
  return GUIDED_CHECKS.every((check) => confirmed.includes(check));
}

type StepState = Extract<GuidedState, { phase: 'STEP' }>;

function stepElapsedMs(state: StepState, now: number): number {
  return state.elapsedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** The time left on the step shown, for the countdown. */
export function remainingMs(plan: GuidedPlan, state: StepState, now: number): number {
  return Math.max(0, (plan.stepDurationsMs[state.index] ?? 0) - stepElapsedMs(state, now));
}

/** Opens step `index` from its start, running from `since` or paused (null). */
function openStep(previous: StepState, index: number, since: number | null, massagedMs: number): StepState {
  return { ...previous, index, elapsedMs: 0, runningSince: since, massagedMs };
}

function finish(state: GuidedState, massagedMs: number, endedEarly: boolean): GuidedState {
  return { phase: 'FINISHED', outcome: 'DONE', endedEarly, massagedMs, timeUps: state.timeUps };
}

/**
 * A running step whose time is up hands over to the next one at the moment it ended, so a late
 * tick (a phone that slept, a clock moved on) skips as many steps as have run out; after the last
 * step the massage is finished.
 */
function runOutSteps(plan: GuidedPlan, state: StepState, now: number): GuidedState {
  let current = state;
  while (current.runningSince !== null) {
    const duration = plan.stepDurationsMs[current.index] ?? 0;
    const endsAt = current.runningSince + duration - current.elapsedMs;
    if (now < endsAt) return current;
    const massagedMs = current.massagedMs + duration;
    const timeUps = current.timeUps + 1;
    if (current.index + 1 >= plan.stepDurationsMs.length) return finish({ ...current, timeUps }, massagedMs, false);
    current = { ...openStep(current, current.index + 1, endsAt, massagedMs), timeUps };
  }
  return current;
}

/** The guided session's state machine: checks, then each step running or paused, then finished. */
export function guidedSessionReducer(plan: GuidedPlan, state: GuidedState, event: GuidedEvent): GuidedState {
  switch (state.phase) {
    case 'CHECKS':
      switch (event.type) {
        case 'TOGGLE_CHECK':
          return {
            ...state,
            confirmed: state.confirmed.includes(event.check)
              ? state.confirmed.filter((check) => check !== event.check)
              : [...state.confirmed, event.check],
          };
        case 'REPORT_UNWELL':
          return { phase: 'FINISHED', outcome: 'UNWELL', endedEarly: false, massagedMs: 0, timeUps: state.timeUps };
        case 'START':
          if (!allChecksConfirmed(state.confirmed)) return state;
          if (plan.stepDurationsMs.length === 0) return finish(state, 0, false);
          return {
            phase: 'STEP',
            index: 0,
            elapsedMs: 0,
            runningSince: event.now,
            massagedMs: 0,
            timeUps: state.timeUps,
          };
        default:
          return state;
      }
    case 'STEP': {
      if (event.type === 'TOGGLE_CHECK' || event.type === 'REPORT_UNWELL' || event.type === 'START') return state;
      // Whatever comes, the steps whose time ran out before it are over first.
      const current = runOutSteps(plan, state, event.now);
      if (current.phase !== 'STEP') return current;
      const elapsed = stepElapsedMs(current, event.now);
      const since = current.runningSince === null ? null : event.now;
      switch (event.type) {
        case 'TICK':
          return current;
        case 'PAUSE':
          return current.runningSince === null ? current : { ...current, elapsedMs: elapsed, runningSince: null };
        case 'RESUME':
          return current.runningSince === null ? { ...current, runningSince: event.now } : current;
        case 'NEXT':
          return current.index + 1 >= plan.stepDurationsMs.length
            ? finish(current, current.massagedMs + elapsed, false)
            : openStep(current, current.index + 1, since, current.massagedMs + elapsed);
        case 'BACK':
          return current.index === 0
            ? openStep(current, 0, since, current.massagedMs + elapsed)
            : openStep(current, current.index - 1, since, current.massagedMs + elapsed);
        case 'END_EARLY':
          return finish(current, current.massagedMs + elapsed, true);
        default: {
          const unknown: never = event;
          return unknown;
        }
      }
    }
    case 'FINISHED':
      return state;
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}

/** The countdown as the screen shows it: minutes and seconds, rounded up ("1:30", "0:05"). */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The time left as a screen reader is told it, for the interface's words to say ("2 minutes left"). */
export type CountdownAnnouncement = { unit: 'MINUTES' | 'SECONDS'; count: number } | { unit: 'TIME_UP' };

/**
 * What a screen reader is told about the countdown: whole minutes, then 30 and 10 seconds, so the
 * text (and the announcement) changes a few times a step rather than every second.
 */
export function countdownAnnouncement(ms: number): CountdownAnnouncement {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  if (seconds > 60) return { unit: 'MINUTES', count: Math.ceil(seconds / 60) };
  if (seconds > 30) return { unit: 'MINUTES', count: 1 };
  if (seconds > 10) return { unit: 'SECONDS', count: 30 };
  if (seconds > 0) return { unit: 'SECONDS', count: 10 };
  return { unit: 'TIME_UP' };
}

/**
 * Whether a step is still in its first stretch of the countdown (nothing announced about it yet
 * but its start): the live region then names the step with the time, so a step that comes by
 * itself, or by Next while the focus stays on the button, is told once.
 */
export function isStepOpening(remaining: number, durationMs: number): boolean {
  return JSON.stringify(countdownAnnouncement(remaining)) === JSON.stringify(countdownAnnouncement(durationMs));
}

/**
 * The minutes the record form suggests: the time spent massaging, when it came to a minute or
 * more, within what the form accepts (a session never lasts over 45 minutes: 002).
 */
export function massagedMinutes(massagedMs: number): number | null {
  const minutes = Math.round(massagedMs / 60_000);
  return minutes >= 1 ? Math.min(minutes, GYMNASTICS_SESSION_LIMIT.maxMinutes) : null;
}
