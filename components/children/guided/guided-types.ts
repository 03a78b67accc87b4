import type { HomeOutcome } from '@/components/children/home-sessions';
import type { FormAction } from '@/components/ui/use-action-form';
import type { GuidedCheck } from '@/lib/domain/guided-session';

/** One step as the guide shows it, in words worked out on the server. */
export type GuidedStepView = {
  /** "Stroking" */
  technique: string;
  /** "Tummy" */
  area: string;
  /** "Step 2 of 5 · Tummy" */
  position: string;
  direction: string;
  /** "10 times · 1 min" */
  amount: string;
  /** The zones to avoid near the area, in words; empty when none. */
  avoid: string;
  durationMs: number;
};

/**
 * The guide's words in the interface's language, looked up on the server (children.guided) so the
 * browser is sent only this page's few sentences, not a whole namespace.
 */
export type GuidedLabels = {
  checksHeading: string;
  checksMissing: string;
  start: string;
  notWell: string;
  timeLeft: string;
  paused: string;
  back: string;
  resume: string;
  pause: string;
  finish: string;
  next: string;
  sound: string;
  soundOn: string;
  soundOff: string;
  stop: string;
  avoidHere: string;
  finishedUnwell: string;
  finishedDone: string;
  finishedUnwellHint: string;
  finishedDoneHint: string;
  todaysSession: string;
  leaveWithoutSaving: string;
};

export type GuidedCheckView = { id: GuidedCheck; title: string; text: string };

/** What recording the session needs: the action (the parent's or the caregiver's) and the session. */
export type GuidedRecording = {
  action: FormAction;
  sessionId: string;
  patientId?: string;
  outcomes: readonly HomeOutcome[];
};
