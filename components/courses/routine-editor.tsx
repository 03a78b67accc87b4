'use client';

import { useState } from 'react';
import { formatStepTime } from '@/components/children/home-routine';
import { BODY_AREAS, checkRoutine, TECHNIQUES, type RoutineStep, type RoutineViolation } from '@/lib/domain/rules';
import { routineField } from '@/lib/validation/routine';
import { FormSection } from './form-section';
import { totalMinutes, type RoutinePlan } from './prescription-preview';

/**
 * The session routine of the prescribe form: the rule book's proposal for this child, which the
 * doctor may reorder, shorten and retime. While it is not edited it follows the proposal (a new
 * start date or a ticked local contraindication proposes again) and the hidden `routine` field
 * stays empty, so the server stores its own, identical proposal. Once edited, the steps travel
 * as JSON and the server checks them with the same `checkRoutine` shown here.
 */

type RoutineRow = { key: number; step: RoutineStep; minutesText: string };

type EditedRoutine = {
  rows: RoutineRow[];
  /** The proposal when editing began, to tell the doctor when it has since changed. */
  basedOn: string;
};

function rowsOf(steps: readonly RoutineStep[]): RoutineRow[] {
  return steps.map((step, index) => ({ key: index, step, minutesText: String(step.minutes) }));
}

/** A blank or unreadable minutes box is NaN, which `checkRoutine` explains beside the step. */
function minutesOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function stepsOf(rows: readonly RoutineRow[]): RoutineStep[] {
  return rows.map((row) => ({ ...row.step, minutes: minutesOf(row.minutesText) }));
}

/** The doctor's edit sent with a refused form, read back when the form comes back. */
function editedFromSubmitted(submitted: string, proposal: readonly RoutineStep[]): EditedRoutine | null {
  const parsed = routineField.safeParse(submitted);
  if (!parsed.success || parsed.data === undefined) return null;
  return { rows: rowsOf(parsed.data), basedOn: JSON.stringify(proposal) };
}

/**
 * The routine on screen: the proposal, or the doctor's edit of it. Kept by the form (not by the
 * section) because the minutes per session follow the routine's total.
 */
export function useRoutineEdit(proposal: readonly RoutineStep[], submitted: string) {
  const [edited, setEdited] = useState<EditedRoutine | null>(() => editedFromSubmitted(submitted, proposal));
  // The server's errors name steps by position: after any change they may point at the wrong step.
  const [isChanged, setIsChanged] = useState(false);
  const proposalJson = JSON.stringify(proposal);
  const rows = edited ? edited.rows : rowsOf(proposal);
  const steps = stepsOf(rows);

  const edit = (change: (rows: RoutineRow[]) => RoutineRow[]) => {
    setIsChanged(true);
    setEdited((current) => (current ? { ...current, rows: change(current.rows) } : { rows: change(rowsOf(proposal)), basedOn: proposalJson }));
  };

  return {
    rows,
    steps,
    isEdited: edited !== null,
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
    remove: (index: number) => edit((current) => (current.length <= 1 ? current : current.filter((_, at) => at !== index))),
    setMinutes: (index: number, text: string) => edit((current) => current.map((row, at) => (at === index ? { ...row, minutesText: text } : row))),
    reset: () => {
      setIsChanged(true);
      setEdited(null);
    },
  };
}

export type RoutineEdit = ReturnType<typeof useRoutineEdit>;

/** "Step 3: kneading is allowed from…" reads as "Kneading is allowed from…" beside step 3. */
function besideStep(message: string): string {
  const text = message.replace(/^Step \d+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The live check's messages, and the server's for the same place while they can still be
 * trusted (the routine unchanged since the refusal) and say something the live check does not.
 * The server joins several messages for one field into one string.
 */
function withServerError(live: readonly string[], server: string | undefined, isChanged: boolean): string[] {
  if (!server || isChanged || live.includes(server) || live.join(' ') === server) return [...live];
  return [...live, server];
}

type Props = {
  plan: RoutinePlan;
  routine: RoutineEdit;
  errorFor: (field: string) => string | undefined;
};

export function RoutineSection({ plan, routine, errorFor }: Props) {
  return (
    <FormSection
      id="prescribe-routine"
      title="Session routine"
      description="Proposed from the child's corrected age at the start date, the indication and the screening. Therapists and parents follow these steps in this order."
    >
      <input type="hidden" name="routine" value={routine.hiddenValue} />
      <RoutineBody plan={plan} routine={routine} errorFor={errorFor} />
    </FormSection>
  );
}

function RoutineBody({ plan, routine, errorFor }: Props) {
  switch (plan.status) {
    case 'NO_INDICATION':
      return <p className="text-sm text-slate-600">Choose the indication to see the proposed routine.</p>;
    case 'NO_START_DATE':
      return <p className="text-sm text-slate-600">Choose a start date on or after the date of birth to see the proposed routine.</p>;
    case 'READY':
      return <RoutineSteps plan={plan} routine={routine} errorFor={errorFor} />;
    default: {
      const unknown: never = plan;
      throw new Error(`Unknown routine plan ${String(unknown)}`);
    }
  }
}

type ReadyProps = Omit<Props, 'plan'> & { plan: Extract<RoutinePlan, { status: 'READY' }> };

function RoutineSteps({ plan, routine, errorFor }: ReadyProps) {
  const { rows, steps } = routine;
  if (!routine.isEdited && steps.length === 0) {
    return (
      <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        No routine can be proposed: {plan.gate.allowed ? 'every body area is left out for this child.' : plan.gate.message}
      </p>
    );
  }

  const violations = checkRoutine(steps, plan.context).violations;
  const forStep = (index: number) => violations.filter((violation: RoutineViolation) => violation.stepIndex === index).map((violation) => violation.message);
  // An unreadable minutes box is explained beside its step; the schema's message about the hidden JSON would not help.
  const serverRoutineError = routine.hasUnreadableMinutes ? undefined : errorFor('routine');
  const overall = withServerError(
    violations.filter((violation) => violation.stepIndex === null).map((violation) => violation.message),
    serverRoutineError,
    routine.isChanged,
  );
  const total = totalMinutes(steps);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-600">{routine.isEdited ? 'You have edited the proposal.' : 'The rule book’s proposal; move, remove or retime steps if needed.'}</p>
        {routine.isEdited ? (
          <button type="button" onClick={routine.reset} className="rounded-md px-3 py-2 font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50">
            Reset to the proposal
          </button>
        ) : null}
      </div>
      {routine.isProposalChanged ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The start date or the screening changed since you edited the routine, so the proposal is different now. Reset to the proposal to take it, or keep your edit: it is checked below.
        </p>
      ) : routine.isEdited && violations.length > 0 ? (
        <p className="text-sm text-slate-700">Your edit breaks a rule (marked below): correct the steps, or reset to the proposal.</p>
      ) : null}
      {overall.length > 0 ? (
        <div id="routine-error" role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {overall.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}

      <ol aria-label="Routine steps" className="space-y-2">
        {rows.map((row, index) => (
          <StepRow
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
            problems={withServerError(forStep(index), errorFor(`routine.${index}`), routine.isChanged).map(besideStep)}
            routine={routine}
          />
        ))}
      </ol>

      <p aria-live="polite" className={`text-sm ${total > plan.maxMinutes ? 'font-medium text-red-800' : 'text-slate-700'}`}>
        {steps.length} steps, <strong>{formatStepTime(total)}</strong> in all; at this age a session lasts at most {plan.maxMinutes} min (clinic setting).
      </p>
    </div>
  );
}

const ICON_BUTTON =
  'inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';

type StepRowProps = { row: RoutineRow; index: number; count: number; problems: string[]; routine: RoutineEdit };

function StepRow({ row, index, count, problems, routine }: StepRowProps) {
  const number = index + 1;
  const { step } = row;
  const minutesId = `routine-minutes-${row.key}`;
  const problemsId = `routine-step-${row.key}-problems`;
  const minutes = minutesOf(row.minutesText);
  return (
    <li className={`rounded-md px-3 py-2 ring-1 ring-inset ${problems.length > 0 ? 'bg-red-50/40 ring-red-300' : 'ring-slate-200'}`}>
      <div className="flex gap-3">
        <span className="w-6 shrink-0 pt-2 text-right font-semibold tabular-nums text-slate-500">{number}.</span>
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
            <p className="min-w-0 text-slate-900">
              <span data-step-title className="font-medium">
                {BODY_AREAS[step.area].label} · {TECHNIQUES[step.technique].label}
              </span>
              {step.repetitions !== null ? <span className="text-sm text-slate-600"> · {step.repetitions} times</span> : null}
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <label htmlFor={minutesId} className="sr-only">
                Minutes for step {number}
              </label>
              <input
                id={minutesId}
                type="number"
                inputMode="decimal"
                min={0.25}
                max={45}
                step={0.25}
                value={row.minutesText}
                onChange={(event) => routine.setMinutes(index, event.target.value)}
                aria-invalid={problems.length > 0 ? true : undefined}
                aria-describedby={problems.length > 0 ? problemsId : undefined}
                className="block w-20 rounded-md border-0 px-2 py-1.5 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-500 sm:text-sm"
              />
              <span aria-hidden="true" className="w-20 whitespace-nowrap text-sm text-slate-600">
                min
                {Number.isFinite(minutes) && minutes > 0 && !Number.isInteger(minutes) ? <span className="text-xs"> ({formatStepTime(minutes)})</span> : null}
              </span>
              <span className="flex gap-1">
                <button type="button" className={ICON_BUTTON} aria-label={`Move step ${number} up`} disabled={index === 0} onClick={() => routine.move(index, -1)}>
                  ↑
                </button>
                <button type="button" className={ICON_BUTTON} aria-label={`Move step ${number} down`} disabled={index === count - 1} onClick={() => routine.move(index, 1)}>
                  ↓
                </button>
                <button type="button" className={ICON_BUTTON} aria-label={`Remove step ${number}`} disabled={count <= 1} onClick={() => routine.remove(index)}>
                  Remove
                </button>
              </span>
            </div>
          </div>
          <p className="break-words text-sm text-slate-600">{step.direction}</p>
          {problems.length > 0 ? (
            <div id={problemsId} className="space-y-0.5 text-sm font-medium text-red-700">
              {problems.map((problem) => (
                <p key={problem}>{problem}</p>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    </li>
  );
}
