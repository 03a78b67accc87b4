import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  Condition,
  Observation,
  Patient,
  Practitioner,
  Reference,
  RelatedPerson,
  Resource,
  ServiceRequest,
  TimingRepeat,
} from '@medplum/fhirtypes';
import type { IsoDate } from '../calendar-date';
import { formatGestation } from '../age';
import { parentHomeSteps } from '../rules/home-routine';
import { formatMinutes } from '../rules/format';
import { BODY_AREAS, TECHNIQUES } from '../rules/techniques';
import type { ChildRecord, StaffRole } from './child-record';
import { stableUuid, urnOf } from './fhir-ids';
import { sessionResource } from './session-resource';
import {
  courseKindCodeSystem,
  courseKindConcept,
  GESTATIONAL_AGE_AT_BIRTH,
  localSystems,
  SYSTEMS,
} from './terminology';

export type BundleContext = {
  /** The clinic's address (the app's public URL): the base of its own code systems and ids. */
  clinicUrl: string;
  /** The clinic's today and time zone: what is overdue, and the day an appointment spans. */
  today: IsoDate;
  timeZone: string;
  generatedAt: Date;
};

type Course = ChildRecord['courses'][number];

/**
 * One child's record as a FHIR R4 Bundle of type "collection": the Patient first, then the
 * gestational age at birth (Observation), the guardians (RelatedPerson), the staff named by the
 * record (Practitioner), each indication (Condition), each course (ServiceRequest, with a
 * CarePlan holding its routine) and each session (Procedure or Appointment, see sessionResource),
 * and the clinic's CodeSystem for the kind of course. Every entry's fullUrl is a urn:uuid that is
 * the same in every export, and every reference points to an entry of the Bundle.
 */
export function buildChildBundle(record: ChildRecord, context: BundleContext): Bundle {
  const ids = localSystems(context.clinicUrl);
  const patientRef = referenceTo<Patient>(
    'Patient',
    record.patient.id,
    `${record.patient.firstName} ${record.patient.lastName}`,
  );
  const practitionerRef = (userId: string) => referenceTo<Practitioner>('Practitioner', userId);
  const relatedPersonRef = (userId: string) =>
    referenceTo<RelatedPerson>('RelatedPerson', `${record.patient.id}/${userId}`);
  const conditionRef = (indicationId: string) => referenceTo<Condition>('Condition', indicationId);
  const guardianIds = new Set(record.guardians.map((guardian) => guardian.userId));
  const staffIds = new Set(record.staff.map((person) => person.userId));

  const recorderRef = (
    recordedBy: Course['sessions'][number]['recordedBy'],
  ): Reference<Practitioner | RelatedPerson> | null => {
    if (recordedBy === null) return null;
    if ('caregiverName' in recordedBy)
      return { display: `${recordedBy.caregiverName} (a caregiver, by the parent's link)` };
    if (staffIds.has(recordedBy.userId)) return practitionerRef(recordedBy.userId);
    if (guardianIds.has(recordedBy.userId)) return relatedPersonRef(recordedBy.userId);
    // A parent who recorded home sessions and is no longer the child's guardian.
    return { display: 'A former guardian' };
  };

  const resources: [kind: string, appId: string, resource: Resource][] = [
    ['Patient', record.patient.id, toPatient(record.patient, ids.recordId('patient'))],
  ];
  if (record.patient.gestationalAgeDays !== null) {
    resources.push([
      'Observation',
      `gestational-age/${record.patient.id}`,
      gestationalAgeObservation(record.patient.gestationalAgeDays, record.patient.dateOfBirth, patientRef),
    ]);
  }
  for (const guardian of record.guardians) {
    resources.push([
      'RelatedPerson',
      `${record.patient.id}/${guardian.userId}`,
      {
        resourceType: 'RelatedPerson',
        identifier: [{ system: ids.recordId('account'), value: guardian.userId }],
        active: guardian.isActive,
        patient: patientRef,
        relationship: [{ coding: [{ system: SYSTEMS.V3_ROLE_CODE, code: 'GUARD', display: 'guardian' }] }],
        name: [{ text: guardian.name }],
        ...(guardian.email ? { telecom: [{ system: 'email', value: guardian.email }] } : {}),
      } satisfies RelatedPerson,
    ]);
  }
  for (const person of record.staff) {
    resources.push([
      'Practitioner',
      person.userId,
      {
        resourceType: 'Practitioner',
        identifier: [{ system: ids.recordId('account'), value: person.userId }],
        name: [{ text: person.name }],
        qualification: [{ code: { text: STAFF_ROLE_TEXT[person.role] } }],
      } satisfies Practitioner,
    ]);
  }
  for (const indication of record.indications) {
    resources.push([
      'Condition',
      indication.id,
      {
        resourceType: 'Condition',
        identifier: [{ system: ids.recordId('indication'), value: indication.id }],
        clinicalStatus: {
          coding: [
            {
              system: SYSTEMS.CONDITION_CLINICAL,
              code: indication.resolvedOn ? 'resolved' : 'active',
            },
          ],
        },
        verificationStatus: { coding: [{ system: SYSTEMS.CONDITION_VERIFICATION, code: 'confirmed' }] },
        category: [{ coding: [{ system: SYSTEMS.CONDITION_CATEGORY, code: 'problem-list-item' }] }],
        code: {
          ...(indication.icd10Code ? { coding: [{ system: SYSTEMS.ICD10, code: indication.icd10Code }] } : {}),
          text: indication.diagnosis,
        },
        subject: patientRef,
        recordedDate: indication.diagnosedOn,
        ...(indication.resolvedOn ? { abatementDateTime: indication.resolvedOn } : {}),
        recorder: practitionerRef(indication.authorId),
        asserter: practitionerRef(indication.authorId),
        note: [{ text: `Indication for ${INDICATION_KIND_TEXT[indication.kind]} massage.` }],
      } satisfies Condition,
    ]);
  }
  for (const course of record.courses) {
    const indication = record.indications.find((candidate) => candidate.id === course.indicationId);
    if (!indication) throw new Error(`Course ${course.id} names an indication that is not in the record.`);
    const serviceRequestRef = referenceTo<ServiceRequest>('ServiceRequest', course.id);
    const therapistRef = course.therapistId ? practitionerRef(course.therapistId) : null;
    resources.push([
      'ServiceRequest',
      course.id,
      {
        resourceType: 'ServiceRequest',
        identifier: [{ system: ids.recordId('course'), value: course.id }],
        status: COURSE_STATUS.serviceRequest[course.status],
        intent: 'order',
        category: [courseKindConcept(indication.kind, context.clinicUrl)],
        code: { text: `Infant massage course, ${course.location === 'CLINIC' ? 'at the clinic' : 'at home'}` },
        subject: patientRef,
        occurrenceTiming: { repeat: courseTiming(course) },
        authoredOn: course.prescribedAt.toISOString(),
        requester: practitionerRef(course.prescribedById),
        ...(therapistRef ? { performer: [therapistRef] } : {}),
        reasonReference: [conditionRef(indication.id)],
        ...(course.status === 'CANCELLED' && course.cancelReason
          ? { note: [{ text: `Cancelled: ${course.cancelReason}` }] }
          : {}),
      } satisfies ServiceRequest,
    ]);
    resources.push([
      'CarePlan',
      course.id,
      carePlan(course, { patientRef, serviceRequestRef, therapistRef, record, relatedPersonRef, conditionRef }),
    ]);
    for (const session of course.sessions) {
      const resource = sessionResource(
        session,
        course,
        {
          patient: patientRef,
          serviceRequest: serviceRequestRef,
          condition: conditionRef(indication.id),
          therapist: session.location === 'CLINIC' ? therapistRef : null,
          recordedBy: recorderRef(session.recordedBy),
        },
        context,
      );
      resources.push([
        resource.resourceType,
        session.id,
        { ...resource, identifier: [{ system: ids.recordId('session'), value: session.id }] },
      ]);
    }
  }
  resources.push(['CodeSystem', 'massage-course-kind', courseKindCodeSystem(context.clinicUrl)]);

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: context.generatedAt.toISOString(),
    entry: resources.map(([kind, appId, resource]): BundleEntry => {
      const id = stableUuid(kind, appId);
      return { fullUrl: urnOf(id), resource: { ...resource, id } };
    }),
  };
}

/** The reference to the Bundle entry of one record: its stable urn:uuid (fhir-ids.ts). */
function referenceTo<T extends Resource>(kind: T['resourceType'], appId: string, display?: string): Reference<T> {
  return { reference: urnOf(stableUuid(kind, appId)), ...(display ? { display } : {}) };
}

const STAFF_ROLE_TEXT = {
  ADMIN: 'Clinic admin',
  PAEDIATRICIAN: 'Paediatrician',
  THERAPIST: 'Massage therapist',
} as const satisfies Record<StaffRole, string>;

const INDICATION_KIND_TEXT = {
  THERAPEUTIC: 'therapeutic',
  CORRECTIVE: 'corrective',
  PREVENTIVE: 'preventive',
} as const;

/** A course's status in the request, in its plan and in each planned activity. */
const COURSE_STATUS = {
  serviceRequest: { ACTIVE: 'active', COMPLETED: 'completed', CANCELLED: 'revoked' },
  carePlan: { ACTIVE: 'active', COMPLETED: 'completed', CANCELLED: 'revoked' },
  activity: { ACTIVE: 'in-progress', COMPLETED: 'completed', CANCELLED: 'cancelled' },
} as const;

const FHIR_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * The prescription as a Timing: so many sessions (count), once a day or every other day or on
 * chosen weekdays, each lasting the course's minutes, from the start date. Rest days inside the
 * course have no Timing element; the dated sessions carry them.
 */
export function courseTiming(
  course: Pick<Course, 'sessionCount' | 'frequency' | 'weekdays' | 'minutesPerSession' | 'startDate'>,
): TimingRepeat {
  const shared = {
    boundsPeriod: { start: course.startDate },
    count: course.sessionCount,
    duration: course.minutesPerSession,
    durationUnit: 'min',
    frequency: 1,
    periodUnit: 'd',
  } as const;
  switch (course.frequency) {
    case 'DAILY':
      return { ...shared, period: 1 };
    case 'EVERY_OTHER_DAY':
      return { ...shared, period: 2 };
    case 'WEEKDAYS':
      return {
        ...shared,
        period: 1,
        dayOfWeek: course.weekdays.map((weekday) => FHIR_WEEKDAYS[weekday - 1]).filter((day) => day !== undefined),
      };
  }
}

/**
 * The course's routine as a CarePlan: the course itself as its first activity, then one activity
 * per step, in order (area, technique, where the hands go, repetitions, minutes). A home course's
 * steps are the parent's and leave out what only a professional does (parentHomeSteps); a clinic
 * course's are the therapist's.
 */
function carePlan(
  course: Course,
  links: {
    patientRef: Reference<Patient>;
    serviceRequestRef: Reference<ServiceRequest>;
    therapistRef: Reference<Practitioner> | null;
    record: ChildRecord;
    relatedPersonRef: (userId: string) => Reference<RelatedPerson>;
    conditionRef: (indicationId: string) => Reference<Condition>;
  },
): CarePlan {
  const atHome = course.location === 'HOME';
  const steps = atHome ? parentHomeSteps(course.routine, true) : (course.routine ?? []);
  const performers = atHome
    ? links.record.guardians.map((guardian) => links.relatedPersonRef(guardian.userId))
    : links.therapistRef
      ? [links.therapistRef]
      : [];
  const stepActivities = steps.map((step, index): CarePlanActivity => ({
    detail: {
      code: { text: `${TECHNIQUES[step.technique].label}: ${BODY_AREAS[step.area].label.toLowerCase()}` },
      status: COURSE_STATUS.activity[course.status],
      description: [
        `Step ${index + 1}. ${step.direction}`,
        step.repetitions !== null ? `${step.repetitions} times` : null,
        formatMinutes(step.minutes),
      ]
        .filter((part): part is string => part !== null)
        .join('; '),
      ...(performers.length ? { performer: performers } : {}),
    },
  }));
  return {
    resourceType: 'CarePlan',
    status: COURSE_STATUS.carePlan[course.status],
    intent: 'plan',
    title: atHome ? 'Home massage routine' : 'Clinic massage routine',
    ...(course.homeRoutineNotes ? { description: course.homeRoutineNotes } : {}),
    subject: links.patientRef,
    addresses: [links.conditionRef(course.indicationId)],
    activity: [{ reference: links.serviceRequestRef }, ...stepActivities],
  };
}

function toPatient(patient: ChildRecord['patient'], idSystem: string): Patient {
  return {
    resourceType: 'Patient',
    identifier: [{ system: idSystem, value: patient.id }],
    name: [{ family: patient.lastName, given: [patient.firstName] }],
    gender: patient.sex === 'FEMALE' ? 'female' : 'male',
    birthDate: patient.dateOfBirth,
  };
}

/** Recorded in days (exact); clinicians read it as weeks and days, which the note gives. */
function gestationalAgeObservation(days: number, dateOfBirth: IsoDate, patientRef: Reference<Patient>): Observation {
  return {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [GESTATIONAL_AGE_AT_BIRTH], text: GESTATIONAL_AGE_AT_BIRTH.display },
    subject: patientRef,
    effectiveDateTime: dateOfBirth,
    valueQuantity: { value: days, unit: 'd', system: SYSTEMS.UCUM, code: 'd' },
    note: [{ text: `${formatGestation(days)} at birth` }],
  };
}
