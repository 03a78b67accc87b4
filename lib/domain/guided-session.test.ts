import { describe, expect, it } from 'vitest';
import {
  countdownAnnouncement,
  isStepOpening,
  formatCountdown,
  guidedSessionReducer,
  INITIAL_GUIDED_STATE,
  massagedMinutes,
  remainingMs,
  type GuidedEvent,
  type GuidedState,
} from './guided-session';

// Three steps: a minute, thirty seconds, two minutes.
const PLAN = { stepDurationsMs: [60_000, 30_000, 120_000] };
const T0 = 1_000_000;

function run(events: GuidedEvent[], from: GuidedState = INITIAL_GUIDED_STATE): GuidedState {
  return events.reduce((state, event) => guidedSessionReducer(PLAN, state, event), from);
}

const CHECKED: GuidedEvent[] = [
  { type: 'TOGGLE_CHECK', check: 'WELL_TODAY' },
  { type: 'TOGGLE_CHECK', check: 'FEED_GAP' },
  { type: 'TOGGLE_CHECK', check: 'ROOM' },
];
const STARTED: GuidedEvent[] = [...CHECKED, { type: 'START', now: T0 }];

function asStep(state: GuidedState) {
  if (state.phase !== 'STEP') throw new Error(`expected a step, got ${state.phase}`);
  return state;
}

describe('the checks', () => {
  it('does not start until every check is ticked', () => {
    const twoTicked = run([...CHECKED.slice(0, 2), { type: 'START', now: T0 }]);
    expect(twoTicked).toEqual({ phase: 'CHECKS', confirmed: ['WELL_TODAY', 'FEED_GAP'], timeUps: 0 });
  });

  it('unticks a ticked check', () => {
    const state = run([...CHECKED, { type: 'TOGGLE_CHECK', check: 'FEED_GAP' }, { type: 'START', now: T0 }]);
    expect(state).toEqual({ phase: 'CHECKS', confirmed: ['WELL_TODAY', 'ROOM'], timeUps: 0 });
  });

  it('starts the first step running once all are ticked', () => {
    expect(run(STARTED)).toEqual({
      phase: 'STEP',
      index: 0,
      elapsedMs: 0,
      runningSince: T0,
      massagedMs: 0,
      timeUps: 0,
    });
  });

  it('goes straight to recording "not well today" when the baby is not well', () => {
    expect(run([{ type: 'TOGGLE_CHECK', check: 'ROOM' }, { type: 'REPORT_UNWELL' }])).toEqual({
      phase: 'FINISHED',
      outcome: 'UNWELL',
      endedEarly: false,
      massagedMs: 0,
      timeUps: 0,
    });
  });
});

describe('a step counting down', () => {
  it('counts down from the clock', () => {
    const state = asStep(run([...STARTED, { type: 'TICK', now: T0 + 20_000 }]));
    expect(remainingMs(PLAN, state, T0 + 20_000)).toBe(40_000);
    expect(remainingMs(PLAN, state, T0 + 59_999)).toBe(1);
  });

  it('stands still while paused and goes on from where it was when resumed', () => {
    const paused = asStep(run([...STARTED, { type: 'PAUSE', now: T0 + 20_000 }]));
    expect(paused.runningSince).toBeNull();
    // Five minutes of pause change nothing, not even a tick.
    const later = asStep(run([{ type: 'TICK', now: T0 + 320_000 }], paused));
    expect(remainingMs(PLAN, later, T0 + 320_000)).toBe(40_000);
    const resumed = asStep(run([{ type: 'RESUME', now: T0 + 320_000 }], later));
    expect(remainingMs(PLAN, resumed, T0 + 330_000)).toBe(30_000);
    expect(resumed.index).toBe(0);
  });

  it('hands over to the next step when its time is up, counting one signal', () => {
    const state = asStep(run([...STARTED, { type: 'TICK', now: T0 + 60_000 }]));
    expect(state).toMatchObject({ index: 1, elapsedMs: 0, runningSince: T0 + 60_000, massagedMs: 60_000, timeUps: 1 });
    expect(remainingMs(PLAN, state, T0 + 65_000)).toBe(25_000);
  });

  it('skips every step that ran out before a late tick, from the moment each ended', () => {
    // The first two steps (90 s) are over; the third began at T0 + 90 s.
    const state = asStep(run([...STARTED, { type: 'TICK', now: T0 + 100_000 }]));
    expect(state).toMatchObject({ index: 2, runningSince: T0 + 90_000, massagedMs: 90_000, timeUps: 2 });
    expect(remainingMs(PLAN, state, T0 + 100_000)).toBe(110_000);
  });

  it('finishes after the last step runs out', () => {
    expect(run([...STARTED, { type: 'TICK', now: T0 + 210_000 }])).toEqual({
      phase: 'FINISHED',
      outcome: 'DONE',
      endedEarly: false,
      massagedMs: 210_000,
      timeUps: 3,
    });
  });

  it('a pause after a step ran out pauses the step that followed', () => {
    const state = asStep(run([...STARTED, { type: 'PAUSE', now: T0 + 70_000 }]));
    expect(state).toMatchObject({ index: 1, elapsedMs: 10_000, runningSince: null, timeUps: 1 });
  });
});

describe('next, back and ending early', () => {
  it('next moves on at once and counts the time spent', () => {
    const state = asStep(run([...STARTED, { type: 'NEXT', now: T0 + 15_000 }]));
    expect(state).toMatchObject({ index: 1, elapsedMs: 0, runningSince: T0 + 15_000, massagedMs: 15_000, timeUps: 0 });
  });

  it('next on a paused step opens the next one paused', () => {
    const state = asStep(run([...STARTED, { type: 'PAUSE', now: T0 + 5_000 }, { type: 'NEXT', now: T0 + 9_000 }]));
    expect(state).toMatchObject({ index: 1, runningSince: null, elapsedMs: 0, massagedMs: 5_000 });
  });

  it('next on the last step finishes the massage, not early', () => {
    const state = run([
      ...STARTED,
      ...[1, 2, 3].map((second): GuidedEvent => ({ type: 'NEXT', now: T0 + second * 1000 })),
    ]);
    expect(state).toEqual({ phase: 'FINISHED', outcome: 'DONE', endedEarly: false, massagedMs: 3_000, timeUps: 0 });
  });

  it('back reopens the step before from its start', () => {
    const state = asStep(run([...STARTED, { type: 'NEXT', now: T0 + 10_000 }, { type: 'BACK', now: T0 + 12_000 }]));
    expect(state).toMatchObject({ index: 0, elapsedMs: 0, runningSince: T0 + 12_000, massagedMs: 12_000 });
    expect(remainingMs(PLAN, state, T0 + 12_000)).toBe(60_000);
  });

  it('back on the first step starts it again', () => {
    const state = asStep(run([...STARTED, { type: 'BACK', now: T0 + 10_000 }]));
    expect(state).toMatchObject({ index: 0, runningSince: T0 + 10_000, massagedMs: 10_000 });
  });

  it('ending early finishes with what was done, marked early', () => {
    expect(run([...STARTED, { type: 'END_EARLY', now: T0 + 75_000 }])).toEqual({
      phase: 'FINISHED',
      outcome: 'DONE',
      endedEarly: true,
      massagedMs: 75_000,
      timeUps: 1,
    });
  });

  it('ignores the checks once running and everything once finished', () => {
    const running = run(STARTED);
    expect(run([{ type: 'REPORT_UNWELL' }, { type: 'START', now: T0 + 1 }], running)).toBe(running);
    const finished = run([{ type: 'END_EARLY', now: T0 + 1_000 }], running);
    expect(
      run(
        [
          { type: 'NEXT', now: T0 + 2_000 },
          { type: 'RESUME', now: T0 + 3_000 },
        ],
        finished,
      ),
    ).toBe(finished);
  });

  it('a routine with no steps finishes as soon as it starts', () => {
    const state = CHECKED.concat({ type: 'START', now: T0 }).reduce(
      (current, event) => guidedSessionReducer({ stepDurationsMs: [] }, current, event),
      INITIAL_GUIDED_STATE,
    );
    expect(state).toMatchObject({ phase: 'FINISHED', outcome: 'DONE', massagedMs: 0 });
  });
});

describe('what the screen says', () => {
  it('shows minutes and seconds, rounded up', () => {
    expect(formatCountdown(90_000)).toBe('1:30');
    expect(formatCountdown(4_001)).toBe('0:05');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
  });

  it('tells a screen reader the time left at whole minutes, then at 30 and 10 seconds', () => {
    expect(countdownAnnouncement(150_000)).toEqual({ unit: 'MINUTES', count: 3 });
    expect(countdownAnnouncement(120_000)).toEqual({ unit: 'MINUTES', count: 2 });
    expect(countdownAnnouncement(61_000)).toEqual({ unit: 'MINUTES', count: 2 });
    expect(countdownAnnouncement(60_000)).toEqual({ unit: 'MINUTES', count: 1 });
    expect(countdownAnnouncement(31_000)).toEqual({ unit: 'MINUTES', count: 1 });
    expect(countdownAnnouncement(30_000)).toEqual({ unit: 'SECONDS', count: 30 });
    expect(countdownAnnouncement(10_000)).toEqual({ unit: 'SECONDS', count: 10 });
    expect(countdownAnnouncement(1)).toEqual({ unit: 'SECONDS', count: 10 });
    expect(countdownAnnouncement(0)).toEqual({ unit: 'TIME_UP' });
  });

  it('names the step until the first announcement of the time after its start', () => {
    expect(isStepOpening(90_000, 90_000)).toBe(true);
    expect(isStepOpening(60_001, 90_000)).toBe(true);
    expect(isStepOpening(60_000, 90_000)).toBe(false);
    expect(isStepOpening(12_000, 15_000)).toBe(true);
    expect(isStepOpening(10_000, 15_000)).toBe(false);
  });

  it('suggests the minutes massaged, from one minute up to the 45 a session may last', () => {
    expect(massagedMinutes(29_999)).toBeNull();
    expect(massagedMinutes(30_000)).toBe(1);
    expect(massagedMinutes(7 * 60_000 + 40_000)).toBe(8);
    expect(massagedMinutes(50 * 60_000)).toBe(45);
  });
});
