'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RoutineStep } from '@/lib/domain/rules/routine-steps';
import { quantities } from '@/lib/i18n/format';
import { useShownDirection } from './direction-texts';
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

export function AddStepControl({ stepsToAdd, routine }: { stepsToAdd: readonly RoutineStep[]; routine: RoutineEdit }) {
  const t = useTranslations('courses.prescribe.routine');
  const tRules = useTranslations('rules');
  const { minutes: formatMinutes } = quantities(useLocale());
  const shownDirection = useShownDirection();
  const [chosenKey, setChosenKey] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const chosen = stepsToAdd.find((step) => keyOf(step) === chosenKey) ?? stepsToAdd[0];

  const add = () => {
    if (!chosen || !routine.add) return;
    const index = routine.add(chosen);
    setChosenKey('');
    setAnnouncement(
      t('added', {
        number: index + 1,
        area: tRules(`bodyAreas.${chosen.area}.label`),
        technique: tRules(`techniques.${chosen.technique}.label`),
        minutes: formatMinutes(chosen.minutes),
      }),
    );
  };

  const optionLabel = (step: RoutineStep) => {
    const parts = {
      technique: tRules(`techniques.${step.technique}.label`),
      minutes: formatMinutes(step.minutes),
      direction: shownDirection(step.direction),
    };
    return step.repetitions !== null ? t('optionWithTimes', { ...parts, times: step.repetitions }) : t('option', parts);
  };

  // The decision lists the steps in session order, area by area (stepsAvailableToAdd).
  const areas = stepsToAdd.map((step) => step.area).filter((area, index, all) => all.indexOf(area) === index);

  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3">
      {chosen ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-full min-w-0 sm:w-auto sm:flex-1">
            <label htmlFor="routine-add-step" className="block text-sm font-medium text-slate-900">
              {t('addLabel')}
            </label>
            <select
              id="routine-add-step"
              value={keyOf(chosen)}
              onChange={(event) => setChosenKey(event.target.value)}
              className="mt-1 block w-full rounded-md border-0 py-2 pl-3 pr-8 text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 sm:text-sm"
            >
              {areas.map((area) => (
                <optgroup key={area} label={tRules(`bodyAreas.${area}.label`)}>
                  {stepsToAdd
                    .filter((step) => step.area === area)
                    .map((step) => (
                      <option key={keyOf(step)} value={keyOf(step)}>
                        {optionLabel(step)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={add}
            disabled={!routine.add}
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50 disabled:opacity-50"
          >
            {t('add')}
          </button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('nothingToAdd')}</p>
      )}
      <p role="status" className="text-sm text-slate-700">
        {announcement}
      </p>
    </div>
  );
}
