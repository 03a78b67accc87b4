'use client';

import { useState } from 'react';
import { BODY_AREA_IDS, BODY_AREAS, formatMinutes, TECHNIQUES, type RoutineStep } from '@/lib/domain/rules';
import type { RoutineEdit } from './use-routine-edit';

/**
 * "Add a step": the steps the rule book allows this child and the routine lacks (the decision's
 * `stepsToAdd`), grouped by body area. The step goes where its area's order puts it, with the
 * proposal's time; the check then runs on the whole routine as for any other edit.
 */

/** A step's identity in the list, stable while other steps come and go. */
function keyOf(step: RoutineStep): string {
  return `${step.area}|${step.technique}|${step.direction}`;
}

function optionLabel(step: RoutineStep): string {
  const repetitions = step.repetitions !== null ? `, ${step.repetitions} times` : '';
  return `${TECHNIQUES[step.technique].label} (${formatMinutes(step.minutes)}${repetitions}): ${step.direction}`;
}

export function AddStepControl({ stepsToAdd, routine }: { stepsToAdd: readonly RoutineStep[]; routine: RoutineEdit }) {
  const [chosenKey, setChosenKey] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const chosen = stepsToAdd.find((step) => keyOf(step) === chosenKey) ?? stepsToAdd[0];

  const add = () => {
    if (!chosen) return;
    const index = routine.add(chosen);
    setChosenKey('');
    setAnnouncement(
      `Added as step ${index + 1}: ${BODY_AREAS[chosen.area].label} · ${TECHNIQUES[chosen.technique].label}, ${formatMinutes(chosen.minutes)}.`,
    );
  };

  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3">
      {chosen ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-full min-w-0 sm:w-auto sm:flex-1">
            <label htmlFor="routine-add-step" className="block text-sm font-medium text-slate-900">
              Add a step
            </label>
            <select
              id="routine-add-step"
              value={keyOf(chosen)}
              onChange={(event) => setChosenKey(event.target.value)}
              className="mt-1 block w-full rounded-md border-0 py-2 pl-3 pr-8 text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 sm:text-sm"
            >
              {BODY_AREA_IDS.map((area) => {
                const steps = stepsToAdd.filter((step) => step.area === area);
                return steps.length === 0 ? null : (
                  <optgroup key={area} label={BODY_AREAS[area].label}>
                    {steps.map((step) => (
                      <option key={keyOf(step)} value={keyOf(step)}>
                        {optionLabel(step)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </div>
          <button
            type="button"
            onClick={add}
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
          >
            Add step
          </button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">The rule book allows nothing more for this child.</p>
      )}
      <p role="status" className="text-sm text-slate-700">
        {announcement}
      </p>
    </div>
  );
}
