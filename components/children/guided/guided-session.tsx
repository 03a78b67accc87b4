'use client';

import Link from 'next/link';
import { lazy, Suspense, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import {
  allChecksConfirmed,
  guidedSessionReducer,
  INITIAL_GUIDED_STATE,
  massagedMinutes,
  remainingMs,
  type GuidedEvent,
  type GuidedPlan,
  type GuidedState,
} from '@/lib/domain/guided-session';
import { GuidedChecks } from './guided-checks';
import { GuidedStepScreen } from './guided-step-screen';
import type { GuidedCheckView, GuidedLabels, GuidedRecording, GuidedStepView } from './guided-types';
import { giveStepSignal, prepareStepSignal } from './step-signal';
import { useWakeLock } from './use-wake-lock';

type GuidedSessionProps = {
  checks: readonly GuidedCheckView[];
  labels: GuidedLabels;
  steps: readonly GuidedStepView[];
  /** Each step's body drawing, drawn on the server (the rule book stays out of the browser's code). */
  drawings: readonly ReactNode[];
  recording: GuidedRecording;
  exitHref: string;
};

// Often enough for the seconds to change on time; the countdown itself is read from the clock.
const TICK_MS = 250;

// The record form ends the session: its code is fetched once the checks are done, not with the
// page, whose first JavaScript it would otherwise weigh on (issue 11).
const loadRecordForm = () => import('@/components/children/mark-home-session-form');
const MarkHomeSessionForm = lazy(() => loadRecordForm().then((module) => ({ default: module.MarkHomeSessionForm })));

/**
 * Today's home session, one screen at a time: the checks, each step with its time counting down
 * (a gentle signal when it is up, then the next step), and the record form at the end. The screen
 * is kept awake while a step runs; hiding the page pauses the guide.
 */
export function GuidedSession({ checks, labels, steps, drawings, recording, exitHref }: GuidedSessionProps) {
  const [plan] = useState<GuidedPlan>(() => ({ stepDurationsMs: steps.map((step) => step.durationMs) }));
  const [state, dispatch] = useReducer(
    (current: GuidedState, event: GuidedEvent) => guidedSessionReducer(plan, current, event),
    INITIAL_GUIDED_STATE,
  );
  const [now, setNow] = useState(0);
  const [withSound, setWithSound] = useState(true);
  const [showMissing, setShowMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isRunning = state.phase === 'STEP' && state.runningSince !== null;

  useWakeLock(isRunning);

  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      dispatch({ type: 'TICK', now: at });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [isRunning]);

  // A hidden page loses its wake lock and may stop its timers: pause rather than run on unseen.
  useEffect(() => {
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') dispatch({ type: 'PAUSE', now: Date.now() });
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, []);

  const seenTimeUps = useRef(state.timeUps);
  useEffect(() => {
    if (state.timeUps === seenTimeUps.current) return;
    seenTimeUps.current = state.timeUps;
    giveStepSignal({ withSound });
  }, [state.timeUps, withSound]);

  // A new screen's heading takes the focus (the control used is gone). From step to step the
  // controls stay, and so does the focus, so Next can be pressed again: the step screen's live
  // region tells the step that has begun.
  const seenPhase = useRef(state.phase);
  useEffect(() => {
    if (state.phase === seenPhase.current) return;
    seenPhase.current = state.phase;
    headingRef.current?.focus();
  }, [state.phase]);

  const send = (type: 'NEXT' | 'BACK' | 'PAUSE' | 'RESUME' | 'END_EARLY') => {
    const at = Date.now();
    setNow(at);
    dispatch({ type, now: at });
  };

  switch (state.phase) {
    case 'CHECKS':
      return (
        <GuidedChecks
          checks={checks}
          labels={labels}
          confirmed={state.confirmed}
          showMissing={showMissing}
          headingRef={headingRef}
          onToggle={(check) => dispatch({ type: 'TOGGLE_CHECK', check })}
          onStart={() => {
            if (!allChecksConfirmed(state.confirmed)) {
              setShowMissing(true);
              return;
            }
            prepareStepSignal();
            void loadRecordForm();
            const at = Date.now();
            setNow(at);
            dispatch({ type: 'START', now: at });
          }}
          onUnwell={() => {
            void loadRecordForm();
            dispatch({ type: 'REPORT_UNWELL' });
          }}
        />
      );
    case 'STEP': {
      const step = steps[state.index];
      if (!step) return null;
      return (
        <GuidedStepScreen
          step={step}
          labels={labels}
          number={state.index + 1}
          count={steps.length}
          drawing={drawings[state.index]}
          remainingMs={remainingMs(plan, state, now)}
          isPaused={state.runningSince === null}
          withSound={withSound}
          headingRef={headingRef}
          onBack={() => send('BACK')}
          onPauseOrResume={() => send(state.runningSince === null ? 'RESUME' : 'PAUSE')}
          onNext={() => send('NEXT')}
          onEndEarly={() => send('END_EARLY')}
          onToggleSound={() => setWithSound((isOn) => !isOn)}
        />
      );
    }
    case 'FINISHED':
      return (
        <section aria-labelledby="guided-finished-heading" className="space-y-3">
          <h2 id="guided-finished-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-slate-900">
            {state.outcome === 'UNWELL' ? labels.finishedUnwell : labels.finishedDone}
          </h2>
          <p className="text-base text-slate-700">
            {state.outcome === 'UNWELL' ? labels.finishedUnwellHint : labels.finishedDoneHint}
          </p>
          <Suspense>
            <MarkHomeSessionForm
              action={recording.action}
              sessionId={recording.sessionId}
              patientId={recording.patientId}
              label={labels.todaysSession}
              outcomes={recording.outcomes.filter((outcome) => outcome === state.outcome)}
              asksWellToday={state.outcome === 'DONE'}
              defaults={{
                wellToday: true,
                tolerance: state.endedEarly ? 'STOPPED_EARLY' : 'GOOD',
                actualMinutes: massagedMinutes(state.massagedMs),
              }}
            />
          </Suspense>
          <p>
            <Link href={exitHref} className="font-medium text-brand-700 underline">
              {labels.leaveWithoutSaving}
            </Link>
          </p>
        </section>
      );
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}
