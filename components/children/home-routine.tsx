import type { ReactNode } from 'react';
import {
  BODY_AREAS,
  formatMinutes,
  NEVER_MASSAGED_ZONES,
  scaleRoutine,
  TECHNIQUES,
  type BodyArea,
  type NeverMassagedZone,
  type RoutineStep,
} from '@/lib/domain/rules';
import { BodyDrawing } from './body-drawing';

type AreaGroup = { area: BodyArea; firstNumber: number; steps: RoutineStep[] };

/** Consecutive steps on the same area form one group, keeping the prescribed order. */
function groupByArea(steps: readonly RoutineStep[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  steps.forEach((step, index) => {
    const last = groups.at(-1);
    if (last && last.area === step.area) last.steps.push(step);
    else groups.push({ area: step.area, firstNumber: index + 1, steps: [step] });
  });
  return groups;
}

/** The zones never massaged that lie on or next to an area, marked on its drawing. */
export function zonesNear(area: BodyArea): NeverMassagedZone[] {
  return (Object.keys(NEVER_MASSAGED_ZONES) as NeverMassagedZone[]).filter((zone) =>
    (NEVER_MASSAGED_ZONES[zone].nearAreas as readonly string[]).includes(area),
  );
}

/**
 * The prescribed home routine as ordered steps, with the clinic's notes. With `day`, the steps
 * are fitted to that session's planned minutes (scaleRoutine): sessions start short and grow.
 */
export function HomeRoutine({
  steps: prescribed,
  notes,
  day,
}: {
  steps: readonly RoutineStep[] | null;
  notes: string;
  day: { label: string; plannedMinutes: number } | null;
}) {
  const steps = prescribed && day ? scaleRoutine(prescribed, day.plannedMinutes) : prescribed;
  const totalMinutes = steps ? steps.reduce((sum, step) => sum + step.minutes, 0) : 0;
  return (
    <div className="space-y-4">
      {steps ? (
        <>
          {day ? (
            <p className="font-medium text-slate-900">
              {day.label}: {day.plannedMinutes} min planned.
            </p>
          ) : null}
          <p className="text-sm text-slate-600">
            {steps.length} steps, about {formatMinutes(totalMinutes)} in all. Begin and end with stroking; go slowly and
            never press.
          </p>
          <div className="space-y-4 print:columns-2 print:gap-x-6">
            {groupByArea(steps).map((group) => {
              const avoid = zonesNear(group.area);
              const key = `${group.area}-${group.firstNumber}`;
              return (
                <section key={key} className="flex break-inside-avoid gap-3 print:mb-3">
                  <BodyDrawing id={key} area={group.area} avoid={avoid} />
                  <div className="min-w-0 flex-1">
                    <h3 className="font-semibold text-slate-900">{BODY_AREAS[group.area].label}</h3>
                    {avoid.length > 0 ? (
                      <p className="text-xs text-amber-800">
                        Avoid here (✕ on the drawing):{' '}
                        {avoid.map((zone) => NEVER_MASSAGED_ZONES[zone].label.toLowerCase()).join(', ')}.
                      </p>
                    ) : null}
                    <ol start={group.firstNumber} className="mt-2 space-y-2">
                      {group.steps.map((step, index) => (
                        <li key={index} className="flex gap-3 text-sm">
                          <span aria-hidden="true" className="w-6 shrink-0 text-right font-semibold text-slate-500">
                            {group.firstNumber + index}.
                          </span>
                          <div className="min-w-0">
                            <p className="font-medium text-slate-900">
                              {TECHNIQUES[step.technique].label}
                              <span className="font-normal text-slate-600">
                                {' '}
                                · {step.repetitions ? `${step.repetitions} times · ` : ''}
                                {formatMinutes(step.minutes)}
                              </span>
                            </p>
                            <p className="break-words text-slate-700">{step.direction}</p>
                          </div>
                        </li>
                      ))}
                    </ol>
                  </div>
                </section>
              );
            })}
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">
          No step-by-step routine has been added yet: follow what the clinic showed you and the notes below.
        </p>
      )}
      {notes ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          <h3 className="font-semibold">Notes from the clinic</h3>
          <p className="mt-1 whitespace-pre-line break-words">{notes}</p>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A clinic course on the parent's page: the therapist does each session, so the parent is told
 * plainly whether there is anything to do at home (only what the clinic wrote) and where to go.
 */
export function ClinicCourseNote({
  therapistName,
  notes,
  contact,
}: {
  therapistName: string | null;
  notes: string;
  contact: ReactNode;
}) {
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">
        Every session of this course is done at the clinic
        {therapistName ? ` by ${therapistName}` : ' by a massage therapist'}: bring your child on the dates in the
        calendar.
      </p>
      <p className="font-medium text-slate-900">
        {notes
          ? 'At home: no massage routine, only what the clinic asks below.'
          : 'There is no massage routine for you to do at home.'}
      </p>
      {notes ? (
        <div className="rounded-md bg-brand-50 p-3 text-brand-800">
          <h3 className="font-semibold">Between sessions, at home</h3>
          <p className="mt-1 whitespace-pre-line break-words">{notes}</p>
        </div>
      ) : null}
      {contact}
    </div>
  );
}
