'use client';

import { useLocale, useTranslations } from 'next-intl';
import { quantities } from '@/lib/i18n/format';
import { useShownDirection } from './direction-texts';
import { minutesOf, type RoutineEdit, type RoutineRow, type TimePart } from './use-routine-edit';

/**
 * One step of the routine: what it is, its time and any problem. While the routine is folded the
 * row is text only; unfolded it has the step's time boxes and the buttons to move or remove it.
 */

const ICON_BUTTON =
  'inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';

type StepRowProps = { row: RoutineRow; index: number; count: number; problems: string[]; routine: RoutineEdit };

export function RoutineStepRow({ row, index, count, problems, routine }: StepRowProps) {
  const t = useTranslations('courses.prescribe.routine');
  const tRules = useTranslations('rules');
  const { minutes: formatMinutes } = quantities(useLocale());
  const shownDirection = useShownDirection();
  const number = index + 1;
  const { step } = row;
  const problemsId = `routine-step-${row.key}-problems`;
  const minutes = minutesOf(row.time);
  return (
    <li
      className={`rounded-md px-3 py-2 ring-1 ring-inset ${problems.length > 0 ? 'bg-red-50/40 ring-red-300' : 'ring-slate-200'}`}
    >
      <div className="flex gap-3">
        <span className="w-6 shrink-0 pt-2 text-right font-semibold tabular-nums text-slate-500">{number}.</span>
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
            <p className="min-w-0 py-1.5 text-slate-900">
              <span data-step-title className="font-medium">
                {tRules(`bodyAreas.${step.area}.label`)} · {tRules(`techniques.${step.technique}.label`)}
              </span>
              <span className="text-sm text-slate-600">
                {step.repetitions !== null ? ` · ${t('times', { times: step.repetitions })}` : null}
                {routine.isOpen ? null : ` · ${Number.isFinite(minutes) ? formatMinutes(minutes) : t('noTime')}`}
              </span>
            </p>
            {routine.isOpen ? (
              <StepControls
                row={row}
                index={index}
                count={count}
                routine={routine}
                problemsId={problemsId}
                hasProblems={problems.length > 0}
              />
            ) : null}
          </div>
          <p className="break-words text-sm text-slate-600">{shownDirection(step.direction)}</p>
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

type ControlsProps = Omit<StepRowProps, 'problems'> & { problemsId: string; hasProblems: boolean };

function StepControls({ row, index, count, routine, problemsId, hasProblems }: ControlsProps) {
  const t = useTranslations('courses.prescribe.routine');
  const number = index + 1;
  const box = (part: TimePart, label: string, unit: string, max: number) => {
    const id = `routine-${part}-${row.key}`;
    return (
      <span className="flex items-center gap-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          step={1}
          value={row.time[part]}
          onChange={(event) => routine.setTime(index, part, event.target.value)}
          aria-invalid={hasProblems ? true : undefined}
          aria-describedby={hasProblems ? problemsId : undefined}
          className="block w-16 rounded-md border-0 px-2 py-1.5 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-500 sm:text-sm"
        />
        <span aria-hidden="true" className="text-sm text-slate-600">
          {unit}
        </span>
      </span>
    );
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {box('minutes', t('minutesFor', { number }), t('minutesUnit'), 45)}
      {box('seconds', t('secondsFor', { number }), t('secondsUnit'), 59)}
      <span className="flex gap-1">
        <button
          type="button"
          className={ICON_BUTTON}
          aria-label={t('moveUp', { number })}
          disabled={index === 0}
          onClick={() => routine.move(index, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className={ICON_BUTTON}
          aria-label={t('moveDown', { number })}
          disabled={index === count - 1}
          onClick={() => routine.move(index, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className={ICON_BUTTON}
          aria-label={t('removeStep', { number })}
          disabled={count <= 1}
          onClick={() => routine.remove(index)}
        >
          {t('remove')}
        </button>
      </span>
    </div>
  );
}
