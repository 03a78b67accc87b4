import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import {
  NEVER_MASSAGED_ZONES,
  scaleRoutine,
  type BodyArea,
  type NeverMassagedZone,
  type RoutineStep,
} from '@/lib/domain/rules';
import { quantities } from '@/lib/i18n/format';
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
 * Drawn on the server (the handout) or in the browser once unfolded (RuleBookMessages gives it
 * the rule book's words there).
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
  const t = useTranslations('children.homeRoutine');
  const tRules = useTranslations('rules');
  const { minutes: formatMinutes } = quantities(useLocale());
  const steps = prescribed && day ? scaleRoutine(prescribed, day.plannedMinutes) : prescribed;
  const totalMinutes = steps ? steps.reduce((sum, step) => sum + step.minutes, 0) : 0;
  return (
    <div className="space-y-4">
      {steps ? (
        <>
          {day ? (
            <p className="font-medium text-slate-900">
              {t('dayPlanned', { label: day.label, minutes: day.plannedMinutes })}
            </p>
          ) : null}
          <p className="text-sm text-slate-600">
            {t('intro', { count: steps.length, minutes: formatMinutes(totalMinutes) })}
          </p>
          <div className="space-y-4 print:columns-2 print:gap-x-6">
            {groupByArea(steps).map((group) => {
              const avoid = zonesNear(group.area);
              const key = `${group.area}-${group.firstNumber}`;
              return (
                <section key={key} className="flex break-inside-avoid gap-3 print:mb-3">
                  <BodyDrawing id={key} area={group.area} avoid={avoid} />
                  <div className="min-w-0 flex-1">
                    <h3 className="font-semibold text-slate-900">{tRules(`bodyAreas.${group.area}.label`)}</h3>
                    {avoid.length > 0 ? (
                      <p className="text-xs text-amber-800">
                        {t('avoidHere')}{' '}
                        {avoid.map((zone) => tRules(`neverMassaged.${zone}.label`).toLowerCase()).join(', ')}.
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
                              {tRules(`techniques.${step.technique}.label`)}
                              <span className="font-normal text-slate-600">
                                {' '}
                                · {step.repetitions ? t('repetitions', { times: step.repetitions }) : ''}
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
        <p className="text-sm text-slate-600">{t('noRoutine')}</p>
      )}
      {notes ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          <h3 className="font-semibold">{t('clinicNotes')}</h3>
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
  const t = useTranslations('children.homeRoutine');
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">{therapistName ? t('clinicCourseWith', { therapistName }) : t('clinicCourse')}</p>
      <p className="font-medium text-slate-900">{notes ? t('clinicAtHome') : t('clinicNothingAtHome')}</p>
      {notes ? (
        <div className="rounded-md bg-brand-50 p-3 text-brand-800">
          <h3 className="font-semibold">{t('betweenSessions')}</h3>
          <p className="mt-1 whitespace-pre-line break-words">{notes}</p>
        </div>
      ) : null}
      {contact}
    </div>
  );
}
