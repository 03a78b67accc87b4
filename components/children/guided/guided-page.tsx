import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { homeOutcomesFor, type CalendarSession } from '@/components/children/home-sessions';
import { zonesNear } from '@/components/children/home-routine';
import { BodyDrawing } from '@/components/children/body-drawing';
import { HOME_SESSION_FORM_MESSAGES } from '@/components/children/home-session-form-messages';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ButtonLink } from '@/components/ui/button';
import type { FormAction } from '@/components/ui/use-action-form';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { CourseStatus } from '@/lib/domain/course-changes';
import { GUIDED_CHECKS, type GuidedCheck } from '@/lib/domain/guided-session';
import { parentHomeSteps, scaleRoutine, TIMING_RULES, type RoutineStep } from '@/lib/domain/rules';
import { formatWeekdayDate, quantities } from '@/lib/i18n/format';
import { getLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { localizeDirection } from '@/lib/i18n/rule-directions';
import { GuidedSession } from './guided-session';
import type { GuidedCheckView, GuidedLabels, GuidedStepView } from './guided-types';

type Translator = Awaited<ReturnType<typeof getTranslations<'children.guided'>>>;
type RulesTranslator = Awaited<ReturnType<typeof getTranslations<'rules'>>>;

export type GuidedCourse = {
  status: CourseStatus;
  location: 'HOME' | 'CLINIC';
  routine: RoutineStep[] | null;
  sessions: readonly CalendarSession[];
};

/** The checks in the rule book's own words: the well-today tick of every record form, two timing rules. */
function checkView(check: GuidedCheck, t: Translator, tRules: RulesTranslator): GuidedCheckView {
  if (check === 'WELL_TODAY') return { id: check, title: t('wellToday'), text: t('wellTodayDetail') };
  const rule = TIMING_RULES.find((candidate) => candidate.id === check);
  if (!rule) throw new Error(`No timing rule ${check}`);
  return { id: check, title: tRules(`timingTopics.${rule.topic}`), text: tRules(`timingRules.${rule.id}`) };
}

function guidedLabels(t: Translator): GuidedLabels {
  const keys = [
    'checksHeading',
    'checksMissing',
    'start',
    'notWell',
    'timeLeft',
    'paused',
    'back',
    'resume',
    'pause',
    'finish',
    'next',
    'sound',
    'soundOn',
    'soundOff',
    'stop',
    'avoidHere',
    'finishedUnwell',
    'finishedDone',
    'finishedUnwellHint',
    'finishedDoneHint',
    'todaysSession',
    'leaveWithoutSaving',
  ] as const satisfies readonly (keyof GuidedLabels)[];
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as GuidedLabels;
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
export async function GuidedPage({ childName, course, today, locale, action, patientId, exitHref }: GuidedPageProps) {
  const [t, tRules, interfaceLocale, translate] = await Promise.all([
    getTranslations('children.guided'),
    getTranslations('rules'),
    getLocale(),
    getRequestTranslator(),
  ]);
  const { minutes } = quantities(interfaceLocale);
  const todays = course?.location === 'HOME' ? course.sessions.find((session) => session.scheduledOn === today) : null;
  const outcomes = course && todays ? homeOutcomesFor(todays, today, course.status) : [];
  const steps = course && todays ? scaleRoutine(parentHomeSteps(course.routine, true), todays.plannedMinutes) : [];
  const stepView = (step: RoutineStep, index: number): GuidedStepView => {
    const area = tRules(`bodyAreas.${step.area}.label`);
    return {
      technique: tRules(`techniques.${step.technique}.label`),
      area,
      position: t('position', { number: index + 1, count: steps.length, area }),
      direction: localizeDirection(step.direction, translate),
      amount: step.repetitions
        ? t('amountWithTimes', { times: step.repetitions, minutes: minutes(step.minutes) })
        : minutes(step.minutes),
      avoid: zonesNear(step.area)
        .map((zone) => tRules(`neverMassaged.${zone}.label`).toLowerCase())
        .join(', '),
      durationMs: Math.round(step.minutes * 60_000),
    };
  };
  const back = (
    <ButtonLink href={exitHref} variant="secondary">
      {t('backTo', { childName })}
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
          {todays && todays.status !== 'SCHEDULED' ? t('recorded', { status: todays.status }) : t('noHomeSession')}
          {next ? ` ${t('nextOn', { date: formatWeekdayDate(next.scheduledOn, locale) })}` : ''}
        </p>
        {back}
      </div>
    );
  } else if (steps.length === 0) {
    body = (
      <div className="space-y-4 text-base">
        <p className="text-slate-800">{t('noRoutine', { childName })}</p>
        {back}
      </div>
    );
  } else {
    // The session ends on the record form, whose words this page sends with it, as it does the
    // live region's plural forms of the time left.
    body = (
      <ClientMessages include={[...HOME_SESSION_FORM_MESSAGES, 'children.guided.announce']}>
        <GuidedSession
          checks={GUIDED_CHECKS.map((check) => checkView(check, t, tRules))}
          labels={guidedLabels(t)}
          steps={steps.map(stepView)}
          drawings={steps.map((step, index) => (
            <BodyDrawing key={index} id={`guided-${index}`} area={step.area} avoid={zonesNear(step.area)} />
          ))}
          recording={{ action, sessionId: todays.id, patientId, outcomes }}
          exitHref={exitHref}
        />
      </ClientMessages>
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-3 text-lg font-semibold text-slate-900">
        {t('heading', { childName })}
        {todays && steps.length > 0 ? (
          <span className="block text-sm font-normal text-slate-700">
            {t('sessionLine', { number: todays.number, minutes: todays.plannedMinutes })}
          </span>
        ) : null}
      </h1>
      {body}
    </div>
  );
}
