import type { Appointment, Procedure } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirR4Issues, resourcesOf, unresolvedReferences } from '@/test/fhir/validate-fhir';
import { parseIsoDate as iso } from '../calendar-date';
import { buildChildBundle, courseTiming, type BundleContext } from './build-child-bundle';
import type { ChildRecord } from './child-record';
import { stableUuid } from './fhir-ids';

const CONTEXT: BundleContext = {
  clinicUrl: 'https://clinic.example',
  today: iso('2026-11-21'),
  timeZone: 'Europe/Berlin',
  generatedAt: new Date('2026-11-21T10:00:00Z'),
};

type Session = ChildRecord['courses'][number]['sessions'][number];
const session = (id: string, scheduledOn: string, overrides: Partial<Session> = {}): Session => ({
  id,
  scheduledOn: iso(scheduledOn),
  location: 'CLINIC',
  status: 'SCHEDULED',
  isMakeUp: false,
  plannedMinutes: 5,
  startMinute: null,
  endMinute: null,
  actualMinutes: null,
  tolerance: null,
  notes: '',
  reason: '',
  recordedBy: null,
  ...overrides,
});

/** A premature girl with two guardians, a clinic course under way and a cancelled home course. */
const RECORD: ChildRecord = {
  patient: {
    id: 'child-1',
    firstName: 'Mia',
    lastName: 'Sokolova',
    dateOfBirth: iso('2026-03-01'),
    sex: 'FEMALE',
    gestationalAgeDays: 227,
  },
  guardians: [
    { userId: 'mum', name: 'Anna Sokolova', email: 'anna@example.org', isActive: true },
    { userId: 'dad', name: 'Ivan Sokolov', email: 'ivan@example.org', isActive: true },
  ],
  staff: [
    { userId: 'doctor', name: 'Dr Petrova', role: 'PAEDIATRICIAN' },
    { userId: 'therapist', name: 'Olga Nurse', role: 'THERAPIST' },
  ],
  indications: [
    {
      id: 'hips',
      kind: 'CORRECTIVE',
      diagnosis: 'Hip dysplasia after treatment',
      icd10Code: 'Q65.8',
      diagnosedOn: iso('2026-11-01'),
      resolvedOn: null,
      authorId: 'doctor',
    },
    {
      id: 'healthy',
      kind: 'PREVENTIVE',
      diagnosis: 'Healthy infant: general strengthening',
      icd10Code: null,
      diagnosedOn: iso('2026-06-01'),
      resolvedOn: iso('2026-07-01'),
      authorId: 'doctor',
    },
  ],
  courses: [
    {
      id: 'clinic-course',
      indicationId: 'hips',
      status: 'ACTIVE',
      prescribedById: 'doctor',
      therapistId: 'therapist',
      prescribedAt: new Date('2026-11-02T09:30:00Z'),
      sessionCount: 10,
      frequency: 'WEEKDAYS',
      weekdays: [1, 3, 5],
      startDate: iso('2026-11-16'),
      location: 'CLINIC',
      minutesPerSession: 15,
      routine: [{ area: 'LEGS_FEET', technique: 'STROKING', direction: 'Foot to thigh', repetitions: 8, minutes: 1.5 }],
      homeRoutineNotes: '',
      cancelReason: '',
      sessions: [
        session('s-done', '2026-11-16', {
          status: 'DONE',
          actualMinutes: 6,
          tolerance: 'GOOD',
          notes: 'Calm throughout.',
          recordedBy: { userId: 'therapist' },
        }),
        session('s-missed', '2026-11-18', {
          status: 'MISSED',
          reason: 'Family away',
          recordedBy: { userId: 'therapist' },
        }),
        session('s-overdue', '2026-11-20'),
        session('s-today', '2026-11-21', { startMinute: 600, endMinute: 620 }),
        session('s-makeup', '2026-11-23', { isMakeUp: true }),
      ],
    },
    {
      id: 'home-course',
      indicationId: 'healthy',
      status: 'CANCELLED',
      prescribedById: 'doctor',
      therapistId: null,
      prescribedAt: new Date('2026-06-01T08:00:00Z'),
      sessionCount: 10,
      frequency: 'DAILY',
      weekdays: [],
      startDate: iso('2026-06-02'),
      location: 'HOME',
      minutesPerSession: 10,
      routine: [
        { area: 'TUMMY', technique: 'STROKING', direction: 'Clockwise round the navel', repetitions: null, minutes: 1 },
        { area: 'BACK', technique: 'ACUPRESSURE', direction: 'Beside the spine', repetitions: 5, minutes: 1 },
      ],
      homeRoutineNotes: 'Before the morning feed.',
      cancelReason: 'Family moved away',
      sessions: [
        session('h-postponed', '2026-06-02', {
          location: 'HOME',
          status: 'POSTPONED',
          reason: 'Fever',
          recordedBy: { userId: 'mum' },
        }),
        session('h-grandma', '2026-06-03', {
          location: 'HOME',
          status: 'DONE',
          tolerance: 'FUSSY',
          recordedBy: { caregiverName: 'Grandma' },
        }),
        session('h-called-off', '2026-06-04', { location: 'HOME' }),
      ],
    },
  ],
};

const bundle = buildChildBundle(RECORD, CONTEXT);
/** The resource that carries the app's id `id` as its identifier. */
const byId = (id: string) =>
  bundle.entry?.find((entry) => {
    const resource = entry.resource as { identifier?: { value?: string }[] } | undefined;
    return resource?.identifier?.some((identifier) => identifier.value === id);
  })?.resource;

describe('buildChildBundle', () => {
  it('is a valid FHIR R4 Bundle whose references all resolve inside it', () => {
    expect(fhirR4Issues(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(bundle.type).toBe('collection');
  });

  it('is checked by validators that do see a broken record (the control of the test above)', () => {
    const broken = structuredClone(bundle);
    const appointment = resourcesOf(broken, 'Appointment')[0]!;
    delete appointment.start;
    const request = resourcesOf(broken, 'ServiceRequest')[0]!;
    (request as { intent: string }).intent = 'prescription';
    const procedure = resourcesOf(broken, 'Procedure')[0]!;
    (procedure as { status: string }).status = 'done';
    expect(fhirR4Issues(broken)).toEqual([
      expect.stringMatching(/^entry\[\d+\] Appointment: Constraint app-2 not met/),
      'ServiceRequest.intent: "prescription" is not in its required value set',
      'Procedure.status: "done" is not in its required value set',
    ]);
  });

  it('holds one resource per record, the patient first', () => {
    expect(bundle.entry?.[0]?.resource?.resourceType).toBe('Patient');
    const counts = Object.fromEntries(
      [
        'Patient',
        'Observation',
        'RelatedPerson',
        'Practitioner',
        'Condition',
        'ServiceRequest',
        'CarePlan',
        'Procedure',
        'Appointment',
        'CodeSystem',
      ].map((type) => [type, resourcesOf(bundle, type as never).length]),
    );
    expect(counts).toEqual({
      Patient: 1,
      Observation: 1,
      RelatedPerson: 2,
      Practitioner: 2,
      Condition: 2,
      ServiceRequest: 2,
      CarePlan: 2,
      Procedure: 5,
      Appointment: 3,
      CodeSystem: 1,
    });
  });

  it('gives every record the same id in every export', () => {
    const again = buildChildBundle(RECORD, { ...CONTEXT, generatedAt: new Date('2026-12-01T00:00:00Z') });
    expect(again.entry?.map((entry) => entry.fullUrl)).toEqual(bundle.entry?.map((entry) => entry.fullUrl));
    expect(bundle.entry?.[0]?.fullUrl).toBe(`urn:uuid:${stableUuid('Patient', 'child-1')}`);
    expect(bundle.entry?.[0]?.fullUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('records the gestational age at birth in days under LOINC 76516-4', () => {
    const [observation] = resourcesOf(bundle, 'Observation');
    expect(observation?.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '76516-4' });
    expect(observation?.valueQuantity).toEqual({
      value: 227,
      unit: 'd',
      system: 'http://unitsofmeasure.org',
      code: 'd',
    });
    expect(observation?.note?.[0]?.text).toBe('32 weeks 3 days at birth');
    const term = buildChildBundle({ ...RECORD, patient: { ...RECORD.patient, gestationalAgeDays: null } }, CONTEXT);
    expect(resourcesOf(term, 'Observation')).toEqual([]);
  });

  it('codes an indication in ICD-10 when the doctor gave a code, and keeps the diagnosis as text', () => {
    const hips = byId('hips');
    expect(hips).toMatchObject({
      resourceType: 'Condition',
      code: {
        coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'Q65.8' }],
        text: 'Hip dysplasia after treatment',
      },
      clinicalStatus: { coding: [{ code: 'active' }] },
    });
    expect(byId('healthy')).toMatchObject({
      code: { text: 'Healthy infant: general strengthening' },
      clinicalStatus: { coding: [{ code: 'resolved' }] },
      abatementDateTime: '2026-07-01',
    });
    expect((byId('healthy') as { code: { coding?: unknown } }).code.coding).toBeUndefined();
  });

  it('orders each course with its kind from the clinic’s CodeSystem, its timing and its reason', () => {
    const request = byId('clinic-course');
    expect(request).toMatchObject({
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'order',
      category: [
        { coding: [{ system: 'https://clinic.example/fhir/CodeSystem/massage-course-kind', code: 'corrective' }] },
      ],
      occurrenceTiming: {
        repeat: {
          count: 10,
          duration: 15,
          durationUnit: 'min',
          frequency: 1,
          period: 1,
          periodUnit: 'd',
          dayOfWeek: ['mon', 'wed', 'fri'],
        },
      },
      reasonReference: [{ reference: `urn:uuid:${stableUuid('Condition', 'hips')}` }],
    });
    expect(byId('home-course')).toMatchObject({ status: 'revoked', note: [{ text: 'Cancelled: Family moved away' }] });
    const [codeSystem] = resourcesOf(bundle, 'CodeSystem');
    expect(codeSystem?.concept?.map((concept) => concept.code)).toEqual(['therapeutic', 'corrective', 'preventive']);
  });

  it('times every other day as a period of two days', () => {
    const base = { sessionCount: 10, weekdays: [], minutesPerSession: 10, startDate: iso('2026-11-02') };
    expect(courseTiming({ ...base, frequency: 'EVERY_OTHER_DAY' })).toMatchObject({
      frequency: 1,
      period: 2,
      periodUnit: 'd',
    });
    expect(courseTiming({ ...base, frequency: 'DAILY' })).not.toHaveProperty('dayOfWeek');
  });

  it('puts the routine in a CarePlan, leaving a professional’s steps out of the parents’ home routine', () => {
    const [clinicPlan, homePlan] = resourcesOf(bundle, 'CarePlan');
    expect(
      clinicPlan?.activity?.map((activity) => activity.reference?.reference ?? activity.detail?.code?.text),
    ).toEqual([`urn:uuid:${stableUuid('ServiceRequest', 'clinic-course')}`, 'Stroking: legs, feet and hips']);
    expect(clinicPlan?.activity?.[1]?.detail?.description).toBe('Step 1. Foot to thigh; 8 times; 1 min 30 s');
    expect(homePlan).toMatchObject({ status: 'revoked', description: 'Before the morning feed.' });
    expect(homePlan?.activity?.slice(1).map((activity) => activity.detail?.code?.text)).toEqual(['Stroking: tummy']);
    expect(homePlan?.activity?.[1]?.detail?.performer).toHaveLength(2);
  });

  it('maps each session by what happened: done, missed, postponed, overdue, to come, called off', () => {
    const status = (id: string) => {
      const resource = byId(id) as Procedure | Appointment;
      return `${resource.resourceType} ${resource.status}`;
    };
    expect(
      ['s-done', 's-missed', 's-overdue', 's-today', 's-makeup', 'h-postponed', 'h-grandma', 'h-called-off'].map(
        status,
      ),
    ).toEqual([
      'Procedure completed',
      'Procedure not-done',
      'Procedure unknown',
      'Appointment booked',
      'Appointment booked',
      'Procedure not-done',
      'Procedure completed',
      'Appointment cancelled',
    ]);
    expect(byId('s-missed')).toMatchObject({ statusReason: { text: 'Missed: Family away' } });
    expect(byId('h-postponed')).toMatchObject({
      statusReason: { text: 'Postponed: Fever' },
      recorder: { reference: `urn:uuid:${stableUuid('RelatedPerson', 'child-1/mum')}` },
    });
    expect(byId('s-done')).toMatchObject({
      performedDateTime: '2026-11-16',
      performer: [{ actor: { reference: `urn:uuid:${stableUuid('Practitioner', 'therapist')}` } }],
      outcome: { text: 'Tolerated well' },
      note: [{ text: 'Lasted 6 min (planned 5 min).' }, { text: 'Calm throughout.' }],
    });
    expect(byId('h-grandma')).toMatchObject({
      performer: [{ actor: { display: "Grandma (a caregiver, by the parent's link)" } }],
    });
    // Booked at 10:00-10:20 in Berlin (UTC+1 in November); the make-up has its day only.
    expect(byId('s-today')).toMatchObject({ start: '2026-11-21T09:00:00.000Z', end: '2026-11-21T09:20:00.000Z' });
    expect(byId('s-makeup')).toMatchObject({
      description: 'Clinic massage session (make-up), planned 5 min',
      start: '2026-11-22T23:00:00.000Z',
      end: '2026-11-23T23:00:00.000Z',
      minutesDuration: 5,
    });
    expect(byId('h-called-off')).toMatchObject({
      cancelationReason: { text: 'The course was cancelled: Family moved away' },
    });
  });
});
