'use client';

import { formatStepTime } from '@/components/shared/format-step-time';
import { BODY_AREAS, TECHNIQUES } from '@/lib/domain/rules';
import { minutesOf, type RoutineEdit, type RoutineRow } from './use-routine-edit';

/** One step of the routine being edited: what it is, its minutes, and moving or removing it. */

const ICON_BUTTON =
  'inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';

type StepRowProps = { row: RoutineRow; index: number; count: number; problems: string[]; routine: RoutineEdit };

export function RoutineStepRow({ row, index, count, problems, routine }: StepRowProps) {
  const number = index + 1;
  const { step } = row;
  const minutesId = `routine-minutes-${row.key}`;
  const problemsId = `routine-step-${row.key}-problems`;
  const minutes = minutesOf(row.minutesText);
  return (
    <li
      className={`rounded-md px-3 py-2 ring-1 ring-inset ${problems.length > 0 ? 'bg-red-50/40 ring-red-300' : 'ring-slate-200'}`}
    >
      <div className="flex gap-3">
        <span className="w-6 shrink-0 pt-2 text-right font-semibold tabular-nums text-slate-500">{number}.</span>
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
            <p className="min-w-0 text-slate-900">
              <span data-step-title className="font-medium">
                {BODY_AREAS[step.area].label} · {TECHNIQUES[step.technique].label}
              </span>
              {step.repetitions !== null ? (
                <span className="text-sm text-slate-600"> · {step.repetitions} times</span>
              ) : null}
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
                {Number.isFinite(minutes) && minutes > 0 && !Number.isInteger(minutes) ? (
                  <span className="text-xs"> ({formatStepTime(minutes)})</span>
                ) : null}
              </span>
              <span className="flex gap-1">
                <button
                  type="button"
                  className={ICON_BUTTON}
                  aria-label={`Move step ${number} up`}
                  disabled={index === 0}
                  onClick={() => routine.move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={ICON_BUTTON}
                  aria-label={`Move step ${number} down`}
                  disabled={index === count - 1}
                  onClick={() => routine.move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={ICON_BUTTON}
                  aria-label={`Remove step ${number}`}
                  disabled={count <= 1}
                  onClick={() => routine.remove(index)}
                >
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
