import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { describe, expect, it } from 'vitest';
import { OPEN_EVERY_DAY } from '@/lib/domain/clinic-day.fixtures';
import { CONTRAINDICATION_IDS, DEFAULT_CLINIC_DEFAULTS } from '@/lib/domain/rules';
import { translateAll } from '@/lib/i18n/translate-all';
import { translatorFor } from '@/lib/i18n/translator';
import {
  decidePrescription as decideInReferences,
  screeningAnswers,
  suggestedMinutesPerSession,
  type PrescriptionInput,
} from './decide-prescription';
import { PRESCRIBED_ON, prescriptionInput, type PrescriptionOverrides } from './prescription-input.fixtures';

const TODAY = PRESCRIBED_ON;

/** The decision as an English-speaking doctor reads it (its messages are catalog references). */
function decidePrescription(prescription: PrescriptionInput) {
  return translateAll(decideInReferences(prescription), translatorFor('en'));
}

function accepted(overrides: PrescriptionOverrides = {}) {
  const decision = decidePrescription(prescriptionInput(overrides));
  if (!decision.write)
    throw new Error(`expected the prescription to be accepted: ${JSON.stringify(decision.fieldErrors)}`);
  return { ...decision, write: decision.write };
}

describe('decidePrescription: what to write', () => {
  it('accepts a healthy 12-week-old and proposes a routine that starts and ends with stroking', () => {
    const { write, warnings, fieldErrors, message, preview } = accepted();
    expect(preview.routine.status === 'READY' && preview.routine.ageDays).toBe(84);
    expect(write.routine.at(0)?.technique).toBe('STROKING');
    expect(write.routine.at(-1)?.technique).toBe('STROKING');
    expect(warnings).toEqual([]);
    expect(fieldErrors).toEqual({});
    expect(message).toBeNull();
  });

  it('writes the course fields, every dated session, the screening and the routine', () => {
    const { write } = accepted({
      values: {
        frequency: 'EVERY_OTHER_DAY',
        startDate: '2026-11-26',
        restAfterEvery: 5,
        restDays: 2,
        contraindications: ['SKIN_LESION_BACK'],
      },
    });
    expect(write.course).toEqual({
      sessionCount: 10,
      frequency: 'EVERY_OTHER_DAY',
      weekdays: [],
      restAfterEvery: 5,
      restDays: 2,
      daysOff: [],
      startDate: '2026-11-26',
      location: 'CLINIC',
      minutesPerSession: 10,
      therapistId: 'therapist-1',
      homeRoutineNotes: '',
      breakAfterDays: 60,
    });
    // Every other day across the month end, with a 2-day rest after the fifth session.
    expect(write.sessions.map((session) => session.scheduledOn)).toEqual([
      '2026-11-26',
      '2026-11-28',
      '2026-11-30',
      '2026-12-02',
      '2026-12-04',
      '2026-12-08',
      '2026-12-10',
      '2026-12-12',
      '2026-12-14',
      '2026-12-16',
    ]);
    expect(write.screening).toMatchObject({
      screenedOn: TODAY,
      excludedAreas: ['BACK'],
      postponedFor: [],
      warnings: [expect.stringMatching(/back/i)],
    });
    expect(write.screening.answers).toMatchObject({ SKIN_LESION_BACK: true, HEART_DISEASE: false });
    expect(write.routine.some((step) => step.area === 'BACK')).toBe(false);
  });

  it('reads the form as typed: text numbers, and minutes and break that follow the suggestions', () => {
    const { write, preview } = accepted({
      values: {
        sessionCount: '12',
        restDays: '',
        restAfterEvery: '',
        weekdays: [],
        daysOff: ['6', '7'],
        minutesPerSession: null,
        breakAfterDays: null,
        therapistId: '',
        location: 'HOME',
      },
    });
    expect(preview.suggestedMinutesPerSession).toBe(15);
    // A course starting in the first year: the next one 3 months after its first session (002),
    // Mon 23 Nov to Tue 23 Feb, so 77 days after the last session on Tue 8 Dec.
    expect(preview.suggestedBreakAfterDays).toBe(77);
    expect(write.course).toMatchObject({
      sessionCount: 12,
      restDays: 1,
      restAfterEvery: null,
      daysOff: [6, 7],
      minutesPerSession: 15,
      breakAfterDays: 77,
      therapistId: null,
    });
    // 12 weekdays from Saturday 21 Nov, weekends off: Mon 23 Nov to Tue 8 Dec.
    expect([write.sessions.at(0)?.scheduledOn, write.sessions.at(-1)?.scheduledOn]).toEqual([
      '2026-11-23',
      '2026-12-08',
    ]);
    expect(preview.nextCourseFrom).toBe('2027-02-23');
  });

  it('shows no next course while the break field is emptied, and writes nothing', () => {
    const decision = decidePrescription(prescriptionInput({ values: { breakAfterDays: '' } }));
    expect([decision.preview.breakAfterDays, decision.preview.nextCourseFrom, decision.write]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('writes nothing while a field cannot be read, without a refusal of its own (the schema names it)', () => {
    const decision = decidePrescription(prescriptionInput({ values: { sessionCount: 'ten' } }));
    expect(decision).toMatchObject({ write: null, message: null, fieldErrors: {} });
    expect(decision.preview.schedule).toEqual({
      ok: false,
      description: 'Daily',
      problem: 'Enter a number of sessions from 1 to 30.',
    });
  });
});

describe('decidePrescription: planned minutes', () => {
  const planned = (overrides: PrescriptionOverrides) =>
    accepted(overrides).write.sessions.map((session) => session.plannedMinutes);

  it("starts a child's first course at 5 minutes and adds a minute a session up to the course's length", () => {
    expect(planned({})).toEqual([5, 6, 7, 8, 9, 10, 10, 10, 10, 10]);
    expect(accepted().preview.plannedMinutes).toEqual([5, 6, 7, 8, 9, 10, 10, 10, 10, 10]);
  });

  it('carries a later course on from the sessions already done, not from 5 minutes again', () => {
    const child = {
      dateOfBirth: iso('2026-08-29'),
      gestationalAgeDays: null,
      umbilicalWoundHealedOn: iso('2026-09-15'),
      massageSessionsDone: 4,
    };
    expect(planned({ child, values: { minutesPerSession: 15 } })).toEqual([9, 10, 11, 12, 13, 14, 15, 15, 15, 15]);
    expect(planned({ child: { ...child, massageSessionsDone: 10 }, values: { minutesPerSession: 15 } })).toEqual(
      Array(10).fill(15),
    );
  });

  it("follows the clinic's first-session minutes and growth", () => {
    const defaults = { ...DEFAULT_CLINIC_DEFAULTS, firstSessionMinutes: 3, sessionGrowthMinutes: 2 };
    expect(planned({ defaults })).toEqual([3, 5, 7, 9, 10, 10, 10, 10, 10, 10]);
  });
});

describe('decidePrescription: a start date in the past', () => {
  it('warns, naming the sessions that would already be overdue; today’s is not overdue', () => {
    const { warnings, preview, write } = accepted({ values: { startDate: '2026-11-18' } });
    expect(preview.overdue?.sessions).toEqual([
      { number: 1, date: '2026-11-18' },
      { number: 2, date: '2026-11-19' },
      { number: 3, date: '2026-11-20' },
    ]);
    expect(warnings[0]).toBe(
      'The start date is in the past: sessions 1 (Nov 18, 2026), 2 (Nov 19, 2026), and 3 (Nov 20, 2026) would already be overdue. Record them once saved, or choose a later start date.',
    );
    expect(write.screening.warnings).toEqual(warnings);
  });

  it('names a single overdue session, and none when the course starts today', () => {
    expect(accepted({ values: { startDate: '2026-11-20' } }).preview.overdue?.message).toMatch(
      /^The start date is in the past: session 1 \(Nov 20, 2026\) would already be overdue\. Record it once saved/,
    );
    expect(accepted().preview.overdue).toBeNull();
  });
});

describe('decidePrescription: refusals, beside their fields', () => {
  it.each([
    {
      state: 'resolved',
      facts: { isResolved: true, hasRunningCourse: false },
      message: 'This indication is resolved; record a new one to prescribe a course.',
      beside: 'This indication is resolved.',
    },
    {
      state: 'already treated by a running course',
      facts: { isResolved: false, hasRunningCourse: true },
      message: 'This indication already has a running course.',
      beside: 'This indication already has a running course.',
    },
  ])('refuses an indication $state, beside the indication', ({ facts, message, beside }) => {
    const indication = { kind: 'PREVENTIVE', diagnosis: 'Healthy infant', icd10Code: null, ...facts } as const;
    expect(decidePrescription(prescriptionInput({ indication }))).toMatchObject({
      write: null,
      message,
      fieldErrors: { indicationId: [beside] },
    });
  });

  it('refuses a start before birth, and the preview says the same', () => {
    const decision = decidePrescription(prescriptionInput({ values: { startDate: '2026-08-28' } }));
    expect(decision).toMatchObject({
      write: null,
      message: 'Please correct the highlighted fields.',
      fieldErrors: { startDate: ['The course cannot start before the child was born.'] },
    });
    expect(decision.preview.schedule).toMatchObject({
      ok: false,
      problem: 'The course cannot start before the child was born.',
    });
    expect(decision.preview.routine.status).toBe('NO_START_DATE');
  });

  it('refuses a therapist who is not one of the clinic’s', () => {
    const decision = decidePrescription(prescriptionInput({ isTherapistKnown: false }));
    expect(decision.fieldErrors).toEqual({ therapistId: ['Choose one of the clinic’s therapists.'] });
    expect(
      decidePrescription(prescriptionInput({ isTherapistKnown: false, values: { therapistId: '', location: 'HOME' } }))
        .write,
    ).not.toBeNull();
  });

  it('blocks the course on an absolute contraindication, with the reason beside the checklist', () => {
    const decision = decidePrescription(prescriptionInput({ values: { contraindications: ['HEART_DISEASE'] } }));
    expect(decision).toMatchObject({
      write: null,
      message: 'A contraindication blocks this course.',
      fieldErrors: { screening: ['Congenital heart defect or heart disease: no massage until a doctor clears it.'] },
    });
  });

  it('answers every checklist item: the ticked ones present, the rest screened and absent', () => {
    const answers = screeningAnswers(['FEVER']);
    expect(Object.keys(answers)).toEqual([...CONTRAINDICATION_IDS]);
    expect(Object.entries(answers).filter(([, present]) => present)).toEqual([['FEVER', true]]);
    // An item this version does not know is not an answer.
    expect(accepted({ values: { contraindications: ['NOT_AN_ITEM'] } }).write.screening.answers).toEqual(
      screeningAnswers([]),
    );
  });

  it('does not let a course start today with a fever, but accepts a later start', () => {
    const today = decidePrescription(prescriptionInput({ values: { contraindications: ['FEVER'] } }));
    expect(today.fieldErrors.startDate).toEqual([
      'Fever or high temperature: choose a start date after recovery, not today.',
    ]);
    expect(today.message).toBe('This course cannot be prescribed as it is.');
    expect(today.preview.laterStart).toBeNull();

    const later = accepted({ values: { contraindications: ['FEVER'], startDate: '2026-11-25' } });
    expect(later.preview.laterStart).toBe('2026-11-25');
    expect(later.write.screening.postponedFor).toEqual(['Fever or high temperature']);
    expect(later.write.sessions[0]?.scheduledOn).toBe('2026-11-25');
  });

  it('removes an area with a local skin lesion from the proposed routine', () => {
    const { write } = accepted({ values: { contraindications: ['SKIN_LESION_BACK'] } });
    expect(write.routine.some((step) => step.area === 'BACK')).toBe(false);
    expect(write.routine.some((step) => step.area === 'LEGS_FEET')).toBe(true);
  });

  it('refuses a baby under the minimum age (21 days) and warns under the cautious age (42 days)', () => {
    const twentyDays = decidePrescription(
      prescriptionInput({
        child: {
          dateOfBirth: iso('2026-11-01'),
          gestationalAgeDays: null,
          umbilicalWoundHealedOn: null,
          massageSessionsDone: 0,
        },
      }),
    );
    expect(twentyDays.write).toBeNull();
    expect(twentyDays.fieldErrors.startDate?.[0]).toMatch(/^Too young to start a massage course: 20 days/);

    const twentyOneDays = accepted({
      child: {
        dateOfBirth: iso('2026-10-31'),
        gestationalAgeDays: null,
        umbilicalWoundHealedOn: iso('2026-11-14'),
        massageSessionsDone: 0,
      },
      values: { minutesPerSession: 5 },
    });
    expect(twentyOneDays.warnings[0]).toMatch(/^Young for a massage course: 21 days/);
    expect(twentyOneDays.write.screening.warnings).toEqual(twentyOneDays.warnings);
  });

  it("uses a premature baby's corrected age: born at 32 weeks, 12 weeks old is 4 weeks corrected", () => {
    const result = accepted({
      child: {
        dateOfBirth: iso('2026-08-29'),
        gestationalAgeDays: 32 * 7,
        umbilicalWoundHealedOn: iso('2026-09-15'),
        massageSessionsDone: 0,
      },
      values: { minutesPerSession: 5 },
    });
    expect(result.preview.routine.status === 'READY' && result.preview.routine.ageDays).toBe(28);
    expect(result.warnings[0]).toMatch(/^Young for a massage course: 28 days/);
  });

  it('keeps tummy work out until the umbilical wound has healed by the start date', () => {
    const { write } = accepted({
      child: {
        dateOfBirth: iso('2026-08-29'),
        gestationalAgeDays: null,
        umbilicalWoundHealedOn: iso('2026-11-22'),
        massageSessionsDone: 0,
      },
    });
    expect(write.routine.some((step) => step.area === 'TUMMY')).toBe(false);
  });

  it('refuses more minutes than the age allows (15 between 2 and 6 months)', () => {
    const decision = decidePrescription(prescriptionInput({ values: { minutesPerSession: 20 } }));
    expect(decision.write).toBeNull();
    expect(decision.fieldErrors.minutesPerSession).toEqual(['At this age a session lasts at most 15 minutes.']);
    expect(decision.preview.maxMinutes).toBe(15);
  });

  it('proposes the next course from the age on its start date: at 6 months it gains kneading and a longer session', () => {
    // The same child's next course, after a break of about two months and a half.
    const now = accepted();
    const next = accepted({
      today: iso('2027-02-28'),
      values: { startDate: iso('2027-03-01'), minutesPerSession: 20 },
    });
    const ages = [now, next].map(({ preview }) =>
      preview.routine.status === 'READY' ? preview.routine.ageDays : null,
    );
    // 6 calendar months on 1 Mar (29 Aug + 6 months, no 29 Feb in 2027): the 183-day threshold.
    expect(ages).toEqual([84, 183]);
    expect(now.write.routine.some((step) => step.technique === 'KNEADING')).toBe(false);
    expect(next.write.routine.some((step) => step.technique === 'KNEADING')).toBe(true);
    // 20 minutes is refused at 12 weeks (above) and accepted at 6 months.
    expect(decidePrescription(prescriptionInput({ values: { minutesPerSession: 20 } })).write).toBeNull();
  });

  it("re-checks the doctor's edited routine and names the step at fault, after every other refusal", () => {
    const proposed = accepted().write.routine;
    const edited = proposed.map((step, index) => (index === 1 ? { ...step, technique: 'TAPPING' as const } : step));
    const result = decidePrescription(prescriptionInput({ values: { routine: edited } }));
    expect(result.write).toBeNull();
    expect(result.message).toBe('The routine breaks a rule; see the steps marked below.');
    expect(Object.keys(result.fieldErrors)).toContain('routine.1');
    // The live preview shows the same violations as the refusal.
    expect(result.preview.violations.map((violation) => violation.stepIndex)).toContain(1);
    expect(
      decidePrescription(prescriptionInput({ values: { routine: edited, minutesPerSession: 20 } })).fieldErrors,
    ).toEqual({
      minutesPerSession: ['At this age a session lasts at most 15 minutes.'],
    });
  });
});

describe('decidePrescription: the preview before the form is complete', () => {
  it('has no routine before an indication is chosen, and judges the checklist as for a therapeutic course', () => {
    const decision = decidePrescription(
      prescriptionInput({ indication: null, values: { contraindications: ['HIP_DYSPLASIA'] } }),
    );
    expect(decision.preview.routine).toEqual({ status: 'NO_INDICATION' });
    expect(decision.preview.screening.blocked).toEqual([]);
    expect(decision.preview.maxMinutes).toBe(15);
    // The break follows the age whatever the indication: 3 months from Sat 21 Nov, after the last session on Mon 30 Nov.
    expect(decision.preview.suggestedBreakAfterDays).toBe(83);
    expect(decision.write).toBeNull();
  });

  it('suggests minutes from the routine’s total, rounded up and capped by the age', () => {
    const step = { area: 'BACK', technique: 'STROKING', direction: 'Down the back.', repetitions: 5 } as const;
    expect(
      suggestedMinutesPerSession(
        [
          { ...step, minutes: 4.25 },
          { ...step, minutes: 3 },
        ],
        15,
      ),
    ).toBe(8);
    expect(
      suggestedMinutesPerSession(
        [
          { ...step, minutes: 1.1 },
          { ...step, minutes: 1.9 },
        ],
        15,
      ),
    ).toBe(3);
    expect(suggestedMinutesPerSession([{ ...step, minutes: 30 }], 15)).toBe(15);
    expect(suggestedMinutesPerSession([], 15)).toBe(15);
  });
});

describe('decidePrescription: the steps the doctor may add', () => {
  it('offers a removed step back, and the edit with it is accepted', () => {
    const { preview } = accepted();
    const rubbing = preview.steps.findIndex((step) => step.technique === 'RUBBING');
    const removed = preview.steps[rubbing];
    const edited = preview.steps.filter((_, index) => index !== rubbing);
    const decision = decidePrescription(prescriptionInput({ values: { routine: edited } }));
    expect(decision.preview.stepsToAdd.filter((step) => step.technique !== 'STROKING')).toEqual([removed]);
    expect(
      accepted({ values: { routine: [...edited.slice(0, rubbing), removed!, ...edited.slice(rubbing)] } }).write
        .routine,
    ).toEqual(preview.steps);
  });

  it('offers nothing on the tummy before the wound has healed by the start date, and nothing without an indication', () => {
    const unhealed = decidePrescription(
      prescriptionInput({
        child: {
          dateOfBirth: iso('2026-08-29'),
          gestationalAgeDays: null,
          umbilicalWoundHealedOn: null,
          massageSessionsDone: 0,
        },
        indication: {
          kind: 'THERAPEUTIC',
          diagnosis: 'Intestinal colic',
          icd10Code: null,
          isResolved: false,
          hasRunningCourse: false,
        },
      }),
    );
    expect(unhealed.preview.stepsToAdd.length).toBeGreaterThan(0);
    expect(unhealed.preview.stepsToAdd.filter((step) => step.area === 'TUMMY')).toEqual([]);
    expect(decidePrescription(prescriptionInput({ indication: null })).preview.stepsToAdd).toEqual([]);
  });
});

describe('decidePrescription: the stored ICD-10 code', () => {
  const therapeutic = (diagnosis: string, icd10Code: string | null) => ({
    kind: 'THERAPEUTIC' as const,
    diagnosis,
    icd10Code,
    isResolved: false,
    hasRunningCourse: false,
  });
  const techniquesOf = (overrides: PrescriptionOverrides) =>
    accepted(overrides).write.routine.map((step) => `${step.area}:${step.technique}`);

  it('proposes the steps of the condition the code names, even when the text names none', () => {
    const byCode = techniquesOf({ indication: therapeutic('Cries after feeds', 'R10.4') });
    const byText = techniquesOf({ indication: therapeutic('Intestinal colic', null) });
    const none = techniquesOf({ indication: therapeutic('Cries after feeds', null) });
    expect(byCode).toEqual(byText);
    expect(byCode).not.toEqual(none);
  });

  it('lets the code win over the text, and reads the text when the code names no condition it knows', () => {
    expect(techniquesOf({ indication: therapeutic('Intestinal colic', 'K59.0') })).toEqual(
      techniquesOf({ indication: therapeutic('Constipation', null) }),
    );
    expect(techniquesOf({ indication: therapeutic('Intestinal colic', 'Z00.1') })).toEqual(
      techniquesOf({ indication: therapeutic('Intestinal colic', null) }),
    );
  });
});

describe('decidePrescription: what each condition rules out', () => {
  const therapeutic = (diagnosis: string) => ({
    kind: 'THERAPEUTIC' as const,
    diagnosis,
    icd10Code: null,
    isResolved: false,
    hasRunningCourse: false,
  });

  it('refuses a torticollis course for home beside the location, with the reason', () => {
    const decision = decidePrescription(
      prescriptionInput({ indication: therapeutic('Torticollis'), values: { location: 'HOME', therapistId: null } }),
    );
    expect(decision.write).toBeNull();
    expect(decision.fieldErrors.location).toEqual([
      'Torticollis (wry neck): clinic sessions only, not at home: neck work is prescribed by a neurologist and better entrusted to a specialist; without training do not touch the neck (001).',
    ]);
    expect(accepted({ indication: therapeutic('Torticollis') }).write.course.location).toBe('CLINIC');
  });

  it('refuses home for a rickets course found by the screening, whatever the diagnosis', () => {
    const decision = decidePrescription(
      prescriptionInput({
        indication: therapeutic('Colic'),
        values: { location: 'HOME', therapistId: null, contraindications: ['RICKETS'] },
      }),
    );
    expect(decision.fieldErrors.location?.[0]).toMatch(/^Rickets: clinic sessions only, not at home/);
  });

  it('stores no percussion or kneading for rickets, and no hip loading for hip dysplasia', () => {
    const rickets = accepted({ indication: therapeutic('Rickets'), values: { startDate: '2027-01-20' } });
    expect(new Set(rickets.write.routine.map((step) => step.technique))).toEqual(new Set(['STROKING', 'RUBBING']));
    const hips = accepted({ indication: therapeutic('Hip dysplasia'), values: { startDate: '2026-12-15' } });
    expect(hips.write.routine.some((step) => step.direction.startsWith('Bend'))).toBe(false);
    expect(hips.warnings).toContain(
      'Left out: Legs, feet and hips · Gymnastics (passive exercises), “Bend and straighten both legs together, then one at a time.”: not for Hip dysplasia: no exercise or position that loads, bends or rotates the hips: hip work is "exclusively when there is no pathology" (001).',
    );
    expect(hips.write.screening.warnings).toEqual(hips.warnings);
  });

  it('refuses an edited routine that breaks a condition, beside the step', () => {
    const proposal = accepted({ indication: therapeutic('Rickets') }).write.routine;
    const edited = proposal.map((step, index) => (index === 1 ? { ...step, technique: 'TAPPING' as const } : step));
    const decision = decidePrescription(
      prescriptionInput({ indication: therapeutic('Rickets'), values: { routine: edited } }),
    );
    expect(decision.write).toBeNull();
    expect(decision.fieldErrors['routine.1']).toContainEqual(expect.stringMatching(/^Step 2: not for Rickets:/));
  });

  it('limits hypertonia rests to 2 days in a row: Monday, Wednesday and Friday is fine, weekends off twice a week is not', () => {
    const hypertonia = therapeutic('Hypertonia');
    expect(
      accepted({ indication: hypertonia, values: { frequency: 'WEEKDAYS', weekdays: [1, 3, 5] } }).fieldErrors,
    ).toEqual({});
    const decision = decidePrescription(
      prescriptionInput({ indication: hypertonia, values: { frequency: 'WEEKDAYS', weekdays: [1, 2] } }),
    );
    expect(decision.fieldErrors.restDays).toEqual([
      'Muscle hypertonia (high tone): with hypertonia the course is more intensive, with rest breaks of up to 2 days (001): this schedule rests 5 days in a row. Choose days, rests or days off with at most 2 rest days between sessions.',
    ]);
  });
});

describe('decidePrescription: clinic session times', () => {
  const booked = (date: string, start: number) => ({
    date: iso(date),
    start,
    end: start + 30,
    therapistId: 'therapist-1',
    room: null,
  });

  it('books every clinic session at the chosen time where free, else the nearest free slot that day', () => {
    const { write, preview } = accepted({
      values: { sessionCount: 3, startTime: '09:00' },
      bookings: [booked('2026-11-22', 9 * 60)],
    });
    expect(write.sessions.map((session) => [session.scheduledOn, session.startMinute, session.endMinute])).toEqual([
      ['2026-11-21', 540, 570],
      ['2026-11-22', 510, 540],
      ['2026-11-23', 540, 570],
    ]);
    expect(preview.times).toMatchObject({ status: 'READY', firstDay: '2026-11-21', timeProblem: null });
  });

  it('refuses a taken time beside the field and does not offer it', () => {
    const decision = decidePrescription(
      prescriptionInput({ values: { startTime: '09:00' }, bookings: [booked('2026-11-21', 540)] }),
    );
    expect(decision.write).toBeNull();
    expect(decision.fieldErrors.startTime).toEqual([
      'The therapist already has a session from 09:00 to 09:30: choose another time.',
    ]);
    expect(decision.preview.times.status === 'READY' && decision.preview.times.offered).not.toContain(540);
  });

  it('asks for a time, and a room where the clinic has several', () => {
    const decision = decidePrescription(
      prescriptionInput({ values: { startTime: '' }, clinicDay: { ...OPEN_EVERY_DAY, rooms: ['Blue', 'Green'] } }),
    );
    expect(decision.fieldErrors).toMatchObject({ startTime: ['Choose a start time.'], room: ['Choose a room.'] });
  });

  it('gives home sessions no time, and waits for the bookings before offering any', () => {
    const home = accepted({ values: { location: 'HOME', therapistId: null } });
    expect(home.write.sessions.every((session) => session.startMinute === null)).toBe(true);
    const loading = decidePrescription(prescriptionInput({ bookings: null }));
    expect(loading.preview.times.status).toBe('WAITING');
    expect(loading.write).toBeNull();
  });
});
