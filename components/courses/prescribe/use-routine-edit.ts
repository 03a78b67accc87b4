'use client';

import { useState } from 'react';
import { useLoadedAfterMount } from '@/components/ui/use-loaded-after-mount';
import type { placeForAddedStep } from '@/lib/domain/rules/add-routine-step';
import { joinMinutes, splitMinutes } from '@/lib/domain/rules/format';
import type { RoutineStep } from '@/lib/domain/rules/routine-steps';

/**
 * The routine the doctor sees: the rule book's proposal, or their edit of it. While it is not
 * edited it follows the proposal (a new start date or a ticked local contraindication proposes
 * again) and the hidden `routine` field stays empty, so the server stores its own, identical
 * proposal. Once edited, the steps travel as JSON and the decision checks them on both sides.
 * Kept by the form (not by the section) because the decision needs the edit.
 */

/** A step's time as its two boxes hold it: whole minutes and seconds, possibly half typed. */
export type StepTimeText = { minutes: string; seconds: string };
export type TimePart = keyof StepTimeText;

export type RoutineRow = { key: number; step: RoutineStep; time: StepTimeText };

type EditedRoutine = {
  rows: RoutineRow[];
  /** The proposal when editing began, to tell the doctor when it has since changed. */
  basedOn: string;
};

function timeTextOf(minutes: number): StepTimeText {
  const split = splitMinutes(minutes);
  return { minutes: String(split.minutes), seconds: String(split.seconds) };
}

function rowsOf(steps: readonly RoutineStep[]): RoutineRow[] {
  return steps.map((step, index) => ({ key: index, step, time: timeTextOf(step.minutes) }));
}

const WHOLE_NUMBER = /^\d{1,4}$/;

/**
 * The time the boxes hold, in minutes. One blank box counts as 0 (45 s needs no "0" minutes), and
 * seconds past 59 carry over (90 s is 1 min 30 s). Both blank, or anything but whole numbers, is
 * NaN, which the routine check explains beside the step.
 */
export function minutesOf(time: StepTimeText): number {
  const minutes = time.minutes.trim();
  const seconds = time.seconds.trim();
  if (minutes === '' && seconds === '') return Number.NaN;
  if ([minutes, seconds].some((part) => part !== '' && !WHOLE_NUMBER.test(part))) return Number.NaN;
  return joinMinutes(Number(minutes || 0), Number(seconds || 0));
}

function stepsOf(rows: readonly RoutineRow[]): RoutineStep[] {
  return rows.map((row) => ({ ...row.step, minutes: minutesOf(row.time) }));
}

export type ReadSubmittedRoutine = (submitted: string) => RoutineStep[] | null;

/**
 * What reads the doctor's edit a refused form sent back (lib/validation/routine.ts, with zod), or
 * null until it has loaded. It loads after mount, like the form's check: a submit waits for that
 * check, so it is here before any answer is, and the first render, which has no answer, needs none.
 */
export function useSubmittedRoutineReader(): ReadSubmittedRoutine | null {
  return useLoadedAfterMount(loadSubmittedRoutineReader);
}

// Without it a refused edit comes back as the proposal; the server has checked it either way.
const loadSubmittedRoutineReader = () =>
  import('@/lib/validation/routine').then((module) => module.readSubmittedRoutine);

export function useRoutineEdit(submitted: readonly RoutineStep[] | null, proposalAtMount: readonly RoutineStep[]) {
  const [edited, setEdited] = useState<EditedRoutine | null>(() =>
    submitted ? { rows: rowsOf(submitted), basedOn: JSON.stringify(proposalAtMount) } : null,
  );
  // The server's errors name steps by position: after any change they may point at the wrong step.
  const [isChanged, setIsChanged] = useState(false);
  // Folded, the routine is one tab stop; a refused edit comes back unfolded to be corrected.
  const [isOpen, setIsOpen] = useState(submitted !== null);

  return {
    /** The edit as the decision takes it; null follows the proposal. */
    editedSteps: edited ? stepsOf(edited.rows) : null,
    /**
     * The routine on screen and what the doctor can do to it, given the decision's current proposal
     * and where an added step goes (null until the decision's module has loaded).
     */
    show: (proposal: readonly RoutineStep[], placeStep: typeof placeForAddedStep | null) => {
      const proposalJson = JSON.stringify(proposal);
      const rows = edited ? edited.rows : rowsOf(proposal);
      const steps = stepsOf(rows);
      const edit = (change: (rows: RoutineRow[]) => RoutineRow[]) => {
        setIsChanged(true);
        setEdited((current) =>
          current
            ? { ...current, rows: change(current.rows) }
            : { rows: change(rowsOf(proposal)), basedOn: proposalJson },
        );
      };
      return {
        rows,
        steps,
        isEdited: edited !== null,
        isOpen,
        setIsOpen,
        /** Edited or reset since the form was shown (or came back refused). */
        isChanged,
        isProposalChanged: edited !== null && edited.basedOn !== proposalJson,
        hasUnreadableMinutes: steps.some((step) => !Number.isFinite(step.minutes)),
        /** Empty: "take the proposal"; the server proposes the same routine from the same inputs. */
        hiddenValue: edited ? JSON.stringify(steps) : '',
        move: (index: number, delta: -1 | 1) =>
          edit((current) => {
            const target = index + delta;
            const moved = current[index];
            const other = current[target];
            if (!moved || !other) return current;
            const next = [...current];
            next[index] = other;
            next[target] = moved;
            return next;
          }),
        remove: (index: number) =>
          edit((current) => (current.length <= 1 ? current : current.filter((_, at) => at !== index))),
        setTime: (index: number, part: TimePart, text: string) =>
          edit((current) =>
            current.map((row, at) => (at === index ? { ...row, time: { ...row.time, [part]: text } } : row)),
          ),
        /** Adds the step where its area's order puts it; returns its place (0-based). Null until that order has loaded. */
        add:
          placeStep &&
          ((step: RoutineStep): number => {
            const index = placeStep(steps, step);
            edit((current) => {
              const key = Math.max(-1, ...current.map((row) => row.key)) + 1;
              return [
                ...current.slice(0, index),
                { key, step, time: timeTextOf(step.minutes) },
                ...current.slice(index),
              ];
            });
            return index;
          }),
        reset: () => {
          setIsChanged(true);
          setEdited(null);
        },
      };
    },
  };
}

export type RoutineEdit = ReturnType<ReturnType<typeof useRoutineEdit>['show']>;
