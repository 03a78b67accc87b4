import type {
  Annotation,
  Appointment,
  Condition,
  Patient,
  Practitioner,
  Procedure,
  Reference,
  RelatedPerson,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { addDays, instantAt, startOfDayIn, type IsoDate } from '../calendar-date';
import { sessionState } from '../session-state';
import { formatMinutes } from '../rules/format';
import type { ChildRecord } from './child-record';

type Course = ChildRecord['courses'][number];
type Session = Course['sessions'][number];

/** The references a session's resource points to, already resolved by the bundle builder. */
export type SessionLinks = {
  patient: Reference<Patient>;
  serviceRequest: Reference<ServiceRequest>;
  condition: Reference<Condition>;
  /** The course's therapist, for a clinic session. */
  therapist: Reference<Practitioner> | null;
  /** Whoever recorded the session: a Practitioner, a RelatedPerson, or a caregiver by name. */
  recordedBy: Reference<Practitioner | RelatedPerson> | null;
};

const TOLERANCE_TEXT = {
  GOOD: 'Tolerated well',
  FUSSY: 'Fussy',
  STOPPED_EARLY: 'Stopped early',
} as const;

/**
 * A session as FHIR sees it. What happened, or should have happened by now, is a Procedure:
 * - done: `completed`, with the minutes, how the baby took it and the notes;
 * - missed or postponed: `not-done`, the statusReason saying which and why (it is made up later,
 *   so the course keeps its count);
 * - overdue (its day has passed and nobody recorded it): `unknown`, which R4 defines as "the
 *   source system does not know which status applies".
 * What is still to come is an Appointment: `booked`, or `cancelled` when its course was cancelled
 * (the session is called off, not missed). A clinic session booked at a time spans that time in
 * the clinic's time zone; a home session, or one booked before sessions had times, spans its day.
 * Either way minutesDuration says the planned length of the massage.
 */
export function sessionResource(
  session: Session,
  course: Pick<Course, 'status' | 'cancelReason'>,
  links: SessionLinks,
  context: { today: IsoDate; timeZone: string },
): Procedure | Appointment {
  const state = sessionState(session, course.status, context.today);
  const place = session.location === 'CLINIC' ? 'Clinic' : 'Home';
  const sessionName = `${place} massage session${session.isMakeUp ? ' (make-up)' : ''}`;
  switch (state) {
    case 'DONE':
    case 'MISSED':
    case 'POSTPONED':
    case 'OVERDUE':
      return {
        resourceType: 'Procedure',
        status: state === 'DONE' ? 'completed' : state === 'OVERDUE' ? 'unknown' : 'not-done',
        ...(state === 'MISSED' || state === 'POSTPONED'
          ? { statusReason: { text: notDoneReason(state, session.reason) } }
          : {}),
        basedOn: [links.serviceRequest],
        code: { text: sessionName },
        subject: links.patient,
        performedDateTime: session.scheduledOn,
        ...(links.recordedBy ? { recorder: links.recordedBy } : {}),
        ...(links.recordedBy && state === 'DONE' ? { performer: [{ actor: links.recordedBy }] } : {}),
        reasonReference: [links.condition],
        ...(session.tolerance ? { outcome: { text: TOLERANCE_TEXT[session.tolerance] } } : {}),
        ...notes(session, state === 'OVERDUE'),
      };
    case 'SCHEDULED':
    case 'CALLED_OFF':
      return {
        resourceType: 'Appointment',
        status: state === 'SCHEDULED' ? 'booked' : 'cancelled',
        ...(state === 'CALLED_OFF'
          ? {
              cancelationReason: {
                text: `The course was cancelled${course.cancelReason ? `: ${course.cancelReason}` : ''}`,
              },
            }
          : {}),
        serviceType: [{ text: sessionName }],
        description: `${sessionName}, planned ${formatMinutes(session.plannedMinutes)}`,
        reasonReference: [links.condition],
        basedOn: [links.serviceRequest],
        ...appointmentSpan(session, context.timeZone),
        minutesDuration: session.plannedMinutes,
        participant: [
          { actor: links.patient, status: 'accepted' },
          ...(links.therapist ? [{ actor: links.therapist, status: 'accepted' as const }] : []),
        ],
      };
  }
}

function appointmentSpan(session: Session, timeZone: string): { start: string; end: string } {
  if (session.startMinute !== null && session.endMinute !== null) {
    return {
      start: instantAt(session.scheduledOn, session.startMinute, timeZone).toISOString(),
      end: instantAt(session.scheduledOn, session.endMinute, timeZone).toISOString(),
    };
  }
  return {
    start: startOfDayIn(session.scheduledOn, timeZone).toISOString(),
    end: startOfDayIn(addDays(session.scheduledOn, 1), timeZone).toISOString(),
  };
}

function notDoneReason(state: 'MISSED' | 'POSTPONED', reason: string): string {
  const what = state === 'MISSED' ? 'Missed' : 'Postponed';
  return reason ? `${what}: ${reason}` : what;
}

function notes(session: Session, isOverdue: boolean): { note?: Annotation[] } {
  const lines = [
    isOverdue ? 'Overdue: its day has passed and nobody has recorded it yet.' : null,
    session.actualMinutes !== null
      ? `Lasted ${formatMinutes(session.actualMinutes)} (planned ${formatMinutes(session.plannedMinutes)}).`
      : null,
    session.notes || null,
  ].filter((line): line is string => line !== null);
  return lines.length ? { note: lines.map((text) => ({ text })) } : {};
}
