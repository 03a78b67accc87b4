import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso, type Weekday } from '@/lib/domain/calendar-date';
import { OPEN_EVERY_DAY } from '@/lib/domain/clinic-day.fixtures';
import {
  checkAgeGate,
  checkRoutine,
  DEFAULT_CLINIC_DEFAULTS,
  homeDeliveryRefusals,
  planRoutine,
  restBreakBreach,
  THERAPEUTIC_CONDITION_CODES,
  validateClinicDefaults,
  type RoutineStep,
} from '@/lib/domain/rules';
import { describeSchedule, findScheduleRulesProblem, type ScheduleRules } from '@/lib/domain/schedule';
import { LOCALES, MESSAGE_TIME_ZONE } from '@/lib/i18n/locales';
import { PRESCRIBE_FORM_RULE_MESSAGES } from '@/components/courses/prescribe/prescribe-form-messages';
import { messagesFor, pickClientMessages, type Messages } from '@/lib/i18n/messages';
import { RULE_DIRECTION_KEYS } from '@/lib/i18n/rule-direction-keys';
import { readTranslatable, translateMessage } from '@/lib/i18n/translatable';
import { readTranslatableList } from '@/lib/i18n/translatable-list';
import { decidePrescription, type PrescriptionInput } from './decide-prescription';
import { describeDroppedStep } from './routine-words';
import { draftSchedule } from './schedule-draft';
import { planSessionTimes } from './session-times';
import { PRESCRIBED_ON, prescriptionInput } from './prescription-input.fixtures';

function isReference(message: string): boolean {
  return readTranslatable(message) !== null || readTranslatableList(message) !== null;
}

/** Every catalog reference (or list of them) in a value, however deep. */
function references(value: unknown): string[] {
  if (typeof value === 'string') return isReference(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(references);
}

const DAILY: ScheduleRules = { frequency: 'DAILY', weekdays: [], restAfterEvery: null, restDays: 1, daysOff: [] };
const TODAY = PRESCRIBED_ON;

/** A therapeutic course for hypertonia, the umbilical wound not yet recorded as healed, two rooms. */
function prescription(
  values: Partial<PrescriptionInput['values']>,
  indication: Partial<PrescriptionInput['indication']> = {},
): PrescriptionInput {
  const base = prescriptionInput({ values, clinicDay: { ...OPEN_EVERY_DAY, rooms: ['1', '2'] } });
  return {
    ...base,
    child: { ...base.child, umbilicalWoundHealedOn: null },
    indication: {
      kind: 'THERAPEUTIC',
      diagnosis: 'Hypertonia',
      icd10Code: 'P94.1',
      isResolved: false,
      hasRunningCourse: false,
      ...indication,
    },
  };
}

const badRoutine: RoutineStep[] = [
  { area: 'CHEST', technique: 'RUBBING', direction: '', repetitions: 0, minutes: 0 },
  {
    area: 'SPINE' as 'BACK',
    technique: 'KNEADING',
    direction: 'anticlockwise on the spine',
    repetitions: 9,
    minutes: 30,
  },
  {
    area: 'NOWHERE' as 'BACK',
    technique: 'NOTHING' as 'STROKING',
    direction: 'the liver',
    repetitions: null,
    minutes: 1,
  },
  { area: 'HEAD_FACE', technique: 'ACUPRESSURE', direction: 'along the neck', repetitions: null, minutes: 0.5 },
];

/** What the prescription and the rule book's checks say, across the cases that say something. */
function everyMessage(): string[] {
  const weekend: Weekday[] = [6, 7];
  const schedules: ScheduleRules[] = [
    DAILY,
    { ...DAILY, frequency: 'EVERY_OTHER_DAY', restAfterEvery: 5, restDays: 2, daysOff: weekend },
    { ...DAILY, restAfterEvery: 1 },
    { ...DAILY, frequency: 'WEEKDAYS', weekdays: [1, 3, 5] },
    { ...DAILY, frequency: 'WEEKDAYS', weekdays: [] },
    { ...DAILY, frequency: 'WEEKDAYS', weekdays: weekend, daysOff: weekend },
    { ...DAILY, frequency: 'WEEKDAYS', weekdays: [9 as Weekday] },
    { ...DAILY, daysOff: [1, 2, 3, 4, 5, 6, 7] },
    { ...DAILY, daysOff: [0 as Weekday] },
    { ...DAILY, restAfterEvery: 0 },
    { ...DAILY, restAfterEvery: 2, restDays: 0 },
    { ...DAILY, frequency: 'HOURLY' as 'DAILY' },
  ];
  const fields = { sessionCount: 10, frequency: 'DAILY', weekdays: [], daysOff: [], startDate: TODAY };
  const drafts = [
    { ...fields, frequency: '' },
    { ...fields, sessionCount: 'ten' },
    { ...fields, restAfterEvery: 'x' },
    { ...fields, restAfterEvery: 2, restDays: 99 },
    { ...fields, startDate: '' },
    { ...fields, startDate: '2020-01-01' },
  ].map((draft) => draftSchedule(draft, iso('2026-08-29')));
  const times = [
    { dates: null, bookings: [] },
    { dates: [TODAY], bookings: null },
    { dates: [TODAY], bookings: [], startTime: '' },
    { dates: [TODAY], bookings: [], startTime: '03:00' },
  ].map((input) =>
    planSessionTimes({
      location: 'CLINIC',
      therapistId: 't',
      startTime: '09:00',
      room: '',
      minutesPerSession: 10,
      clinicDay: { ...OPEN_EVERY_DAY, rooms: ['1', '2'] },
      ...input,
    }),
  );
  const context = {
    ageDays: 100,
    indicationKind: 'PREVENTIVE' as const,
    conditions: [...THERAPEUTIC_CONDITION_CODES],
    excludedAreas: ['BACK' as const],
    atHome: true,
    tummyAllowed: false,
    defaults: DEFAULT_CLINIC_DEFAULTS,
  };
  const plan = planRoutine({ ...context, conditions: ['HIP_DYSPLASIA', 'RICKETS', 'COLIC'], excludedAreas: [] });
  const decisions = [
    prescription({ startDate: '2026-11-10', location: 'HOME' }),
    prescription({ daysOff: [2, 3, 4] }, { diagnosis: 'Hypertonia' }),
    prescription({ minutesPerSession: 40, startTime: '', contraindications: ['FEVER', 'RICKETS', 'WART_BACK'] }),
    prescription({ contraindications: ['HEART_DISEASE'] }),
    prescription({ routine: badRoutine }),
    prescription({ therapistId: 'someone' }, { isResolved: true }),
    prescription({}, { hasRunningCourse: true }),
    prescription({ startDate: '2026-08-01' }),
    { ...prescription({}), isTherapistKnown: false },
  ].map(decidePrescription);
  return [
    ...schedules.flatMap((rules) => [describeSchedule(rules), findScheduleRulesProblem(rules) ?? '']),
    ...references(drafts),
    ...references(times),
    ...[-5, Number.NaN, 10, 30, 60, 200].flatMap((age) =>
      [true, false].map(
        (healed) => checkAgeGate(age, DEFAULT_CLINIC_DEFAULTS, { umbilicalWoundHealed: healed }).message,
      ),
    ),
    ...references(checkRoutine(badRoutine, context)),
    ...references(checkRoutine([], context)),
    ...references(homeDeliveryRefusals(THERAPEUTIC_CONDITION_CODES)),
    restBreakBreach(['HYPERTONIA'], [TODAY, iso('2026-11-30')]) ?? '',
    ...references(plan),
    ...plan.dropped.map(describeDroppedStep),
    ...references(decisions),
  ].filter((message) => message !== '');
}

/** What the clinic settings' check says, across the cases that say something. */
function settingsMessages(): string[] {
  return references(
    [
      { courseSessions: undefined },
      { minimumStartAgeDays: 1.5, cautiousStartAgeDays: 1000 },
      { minimumStartAgeDays: 60, cautiousStartAgeDays: 45 },
      { sessionMaxMinutesUnder2Months: 10, sessionMaxMinutes2To6Months: 15, sessionMaxMinutesFrom6Months: 14 },
      { sessionMaxMinutesUnder2Months: 10, sessionMaxMinutes2To6Months: 9 },
    ].map((values) => validateClinicDefaults({ ...DEFAULT_CLINIC_DEFAULTS, ...values })),
  );
}

describe("the prescription's and the rule book's messages", () => {
  const formMessages = everyMessage();
  const messages = [...formMessages, ...settingsMessages()];

  it('are catalog references, many of them', () => {
    expect(messages.length).toBeGreaterThan(80);
    expect(messages.filter((message) => !isReference(message))).toEqual([]);
  });

  function unread(messages: readonly string[], catalog: Messages, locale: (typeof LOCALES)[number]) {
    const missing: string[] = [];
    const t = createTranslator({
      locale,
      messages: catalog,
      timeZone: MESSAGE_TIME_ZONE,
      onError: (error) => missing.push(error.message),
    });
    const read = messages.map((message) =>
      translateMessage(message, (key, params) => t(key as never, params as never), locale),
    );
    return [...missing, ...read.filter((text) => text.includes('i18n:') || /\{\w+\}/.test(text))];
  }

  it.each(LOCALES)('read in %s with no key missing and no reference left over', (locale) => {
    expect(unread(messages, messagesFor(locale), locale)).toEqual([]);
  });

  it("read in the browser with only the words the prescribe form's route sends", () => {
    const sent = pickClientMessages(messagesFor('ru'), PRESCRIBE_FORM_RULE_MESSAGES) as Messages;
    expect(unread(formMessages, sent, 'ru')).toEqual([]);
  });

  it('read in the browser with only the words the settings route sends', () => {
    const sent = pickClientMessages(messagesFor('ru'), ['settings', 'prescription.clinicDefaults']) as Messages;
    expect(unread(settingsMessages(), sent, 'ru')).toEqual([]);
  });
});

describe('the left-out steps stored with the course', () => {
  it('name the rule book’s direction in the reader’s language', () => {
    const decision = decidePrescription(
      prescriptionInput({
        // Nine months old: the legs' age-windowed exercises load the hips this condition spares.
        child: {
          dateOfBirth: iso('2026-02-21'),
          gestationalAgeDays: null,
          umbilicalWoundHealedOn: null,
          massageSessionsDone: 0,
        },
        indication: {
          kind: 'THERAPEUTIC',
          diagnosis: 'Hip dysplasia',
          icd10Code: 'Q65.8',
          isResolved: false,
          hasRunningCourse: false,
        },
      }),
    );
    expect(decision.message).toBeNull();
    const leftOut = decision.warnings.filter(
      (warning) => readTranslatable(warning)?.key === 'prescription.decision.droppedStep',
    );
    expect(leftOut.length).toBeGreaterThan(0);
    const t = createTranslator({ locale: 'ru', messages: messagesFor('ru'), timeZone: MESSAGE_TIME_ZONE });
    const russianDirections = new Set([...RULE_DIRECTION_KEYS.values()].map((key) => t(key as never)));
    for (const warning of leftOut) {
      const { direction } = readTranslatable(warning)?.params ?? {};
      const read = translateMessage(warning, (key, params) => t(key as never, params as never), 'ru');
      expect(RULE_DIRECTION_KEYS.has(String(direction)), String(direction)).toBe(false);
      expect(
        [...russianDirections].some((text) => read.includes(text)),
        read,
      ).toBe(true);
    }
  });
});
