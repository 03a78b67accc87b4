import type { ReactNode } from 'react';
import { homeOutcomesFor, type CalendarSession } from '@/components/children/home-course-calendar';
import { zonesNear } from '@/components/children/home-routine';
import { BodyDrawing } from '@/components/children/body-drawing';
import { STATUS_LABELS } from '@/components/sessions/labels';
import { WELL_TODAY_DETAIL, WELL_TODAY_LABEL } from '@/components/sessions/well-today-checkbox';
import { ButtonLink } from '@/components/ui/button';
import type { FormAction } from '@/components/ui/use-action-form';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { GUIDED_CHECKS, type GuidedCheck } from '@/lib/domain/guided-session';
import {
  BODY_AREAS,
  formatMinutes,
  NEVER_MASSAGED_ZONES,
  parentHomeSteps,
  scaleRoutine,
  TECHNIQUES,
  TIMING_RULES,
  TIMING_TOPIC_LABELS,
  type RoutineStep,
} from '@/lib/domain/rules';
import { formatWeekdayDate } from '@/lib/i18n/format';
import { GuidedSession } from './guided-session';
import type { GuidedCheckView, GuidedStepView } from './guided-types';

export type GuidedCourse = {
  status: CourseStatus;
  location: 'HOME' | 'CLINIC';
  routine: RoutineStep[] | null;
  sessions: readonly CalendarSession[];
};

/** The checks in the rule book's own words: the well-today tick of every record form, two timing rules. */
function checkView(check: GuidedCheck): GuidedCheckView {
  if (check === 'WELL_TODAY') return { id: check, title: WELL_TODAY_LABEL, text: WELL_TODAY_DETAIL };
  const rule = TIMING_RULES.find((candidate) => candidate.id === check);
  if (!rule) throw new Error(`No timing rule ${check}`);
  return { id: check, title: TIMING_TOPIC_LABELS[rule.topic], text: rule.text };
}

function stepView(step: RoutineStep): GuidedStepView {
  return {
    technique: TECHNIQUES[step.technique].label,
    area: BODY_AREAS[step.area].label,
    direction: step.direction,
    amount: `${step.repetitions ? `${step.repetitions} times · ` : ''}${formatMinutes(step.minutes)}`,
    avoid: zonesNear(step.area)
      .map((zone) => NEVER_MASSAGED_ZONES[zone].label.toLowerCase())
      .join(', '),
    durationMs: Math.round(step.minutes * 60_000),
  };
}

type GuidedPageProps = {
  childName: string;
  course: GuidedCourse | null;
  today: IsoDate;
  locale: string;
  /** The parent's or the caregiver's record action, already bound to what it needs. */
  action: FormAction;
  patientId?: string;
  /** The page the guide was opened from, where the record leads back to. */
  exitHref: string;
};

/**
 * The guided mode's page, the same for a parent and a caregiver's link: today's home session
 * step by step when there is one to do, else why not and when the next one is.
 */
export function GuidedPage({ childName, course, today, locale, action, patientId, exitHref }: GuidedPageProps) {
  const todays = course?.location === 'HOME' ? course.sessions.find((session) => session.scheduledOn === today) : null;
  const outcomes = course && todays ? homeOutcomesFor(todays, today, course.status) : [];
  const steps = course && todays ? scaleRoutine(parentHomeSteps(course.routine, true), todays.plannedMinutes) : [];
  const back = (
    <ButtonLink href={exitHref} variant="secondary">
      Back to {childName}’s page
    </ButtonLink>
  );

  let body: ReactNode;
  if (!course || !todays || !outcomes.includes('DONE')) {
    const next =
      course?.location === 'HOME'
        ? course.sessions.find((session) => session.status === 'SCHEDULED' && session.scheduledOn > today)
        : null;
    body = (
      <div className="space-y-4 text-base">
        <p className="text-slate-800">
          {todays && todays.status !== 'SCHEDULED'
            ? `Today’s session is recorded: ${STATUS_LABELS[todays.status].toLowerCase()}.`
            : 'There is no home session to do today.'}
          {next ? ` The next one is on ${formatWeekdayDate(next.scheduledOn, locale)}.` : ''}
        </p>
        {back}
      </div>
    );
  } else if (steps.length === 0) {
    body = (
      <div className="space-y-4 text-base">
        <p className="text-slate-800">
          No step-by-step routine has been added to this course: follow what the clinic showed you, then record the
          session on {childName}’s page.
        </p>
        {back}
      </div>
    );
  } else {
    body = (
      <GuidedSession
        checks={GUIDED_CHECKS.map(checkView)}
        steps={steps.map(stepView)}
        drawings={steps.map((step, index) => (
          <BodyDrawing key={index} id={`guided-${index}`} area={step.area} avoid={zonesNear(step.area)} />
        ))}
        recording={{ action, sessionId: todays.id, patientId, outcomes }}
        exitHref={exitHref}
      />
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-3 text-lg font-semibold text-slate-900">
        {childName}’s massage today
        {todays && steps.length > 0 ? (
          <span className="block text-sm font-normal text-slate-700">
            Session {todays.number} · {todays.plannedMinutes} min
          </span>
        ) : null}
      </h1>
      {body}
    </div>
  );
}
