import 'server-only';
import type { Bundle } from '@medplum/fhirtypes';
import type { Actor } from '@/lib/auth/actor';
import { authorize, patientScope, type Permission } from '@/lib/auth/policy';
import { clinicTimeZone, clinicToday } from '@/lib/clinic-time';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/domain/calendar-date';
import { buildChildBundle } from '@/lib/domain/fhir/build-child-bundle';
import type { ChildRecord, StaffRole } from '@/lib/domain/fhir/child-record';
import { attachmentHeader } from '@/lib/domain/fhir/export-file-name';
import { notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { parseStoredRoutine } from '@/lib/validation/routine';

export type ChildRecordExport = { bundle: Bundle; contentDisposition: string };

/** Staff who read the child's record (patientScope decides which children) export it. */
export function exportPatientRecord(actor: Actor, patientId: string, clinicUrl: string): Promise<ChildRecordExport> {
  return exportChildRecord(actor, patientId, clinicUrl, 'EXPORT_PATIENT_RECORD');
}

/** A guardian exports their own child's record; anyone else's is "not found". */
export function exportOwnChildRecord(actor: Actor, patientId: string, clinicUrl: string): Promise<ChildRecordExport> {
  return exportChildRecord(actor, patientId, clinicUrl, 'EXPORT_OWN_CHILD_RECORD');
}

const PERSON = { select: { id: true, name: true, role: true } } as const;

const RECORD_INCLUDE = {
  guardians: { include: { user: { select: { id: true, name: true, email: true, deactivatedAt: true } } } },
  indications: { include: { author: PERSON }, orderBy: { diagnosedOn: 'asc' } },
  courses: {
    include: {
      prescribedBy: PERSON,
      therapist: PERSON,
      cancelledBy: PERSON,
      sessions: { include: { recordedBy: PERSON }, orderBy: { scheduledOn: 'asc' } },
    },
    orderBy: { startDate: 'asc' },
  },
} as const satisfies Prisma.PatientInclude;

/**
 * The child's whole record as a FHIR R4 Bundle (lib/domain/fhir), read through the actor's scope
 * in one query, and the export written to the audit log: a record leaving the clinic.
 */
async function exportChildRecord(
  actor: Actor,
  patientId: string,
  clinicUrl: string,
  permission: Extract<Permission, 'EXPORT_PATIENT_RECORD' | 'EXPORT_OWN_CHILD_RECORD'>,
): Promise<ChildRecordExport> {
  authorize(actor, permission);
  const patient = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    include: RECORD_INCLUDE,
  });
  if (!patient) throw notFound('PATIENT', patientId);
  const today = clinicToday();
  const bundle = buildChildBundle(toChildRecord(patient), {
    clinicUrl,
    today,
    timeZone: clinicTimeZone(),
    generatedAt: new Date(),
  });
  await recordAuditAlone(actor, {
    action: 'EXPORT',
    subject: { type: 'PATIENT', id: patient.id },
    patientId: patient.id,
  });
  return { bundle, contentDisposition: attachmentHeader(patient, today) };
}

type PatientRecord = Prisma.PatientGetPayload<{ include: typeof RECORD_INCLUDE }>;
type Person = { id: string; name: string; role: string };

function toChildRecord(patient: PatientRecord): ChildRecord {
  const staff = new Map<string, ChildRecord['staff'][number]>();
  const noteStaff = (person: Person | null) => {
    if (person && isStaffRole(person.role))
      staff.set(person.id, { userId: person.id, name: person.name, role: person.role });
  };
  for (const indication of patient.indications) noteStaff(indication.author);
  for (const course of patient.courses) {
    noteStaff(course.prescribedBy);
    noteStaff(course.therapist);
    noteStaff(course.cancelledBy);
    for (const session of course.sessions) noteStaff(session.recordedBy);
  }
  return {
    patient: {
      id: patient.id,
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: toIsoDate(patient.dateOfBirth),
      sex: patient.sex,
      gestationalAgeDays: patient.gestationalAgeDays,
    },
    guardians: patient.guardians.map(({ user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
      isActive: user.deactivatedAt === null,
    })),
    staff: [...staff.values()],
    indications: patient.indications.map((indication) => ({
      id: indication.id,
      kind: indication.kind,
      diagnosis: indication.diagnosis,
      icd10Code: indication.icd10Code,
      diagnosedOn: toIsoDate(indication.diagnosedOn),
      resolvedOn: indication.resolvedOn ? toIsoDate(indication.resolvedOn) : null,
      authorId: indication.authorId,
    })),
    courses: patient.courses.map((course) => ({
      id: course.id,
      indicationId: course.indicationId,
      status: course.status,
      prescribedById: course.prescribedById,
      therapistId: course.therapistId,
      prescribedAt: course.createdAt,
      sessionCount: course.sessionCount,
      frequency: course.frequency,
      weekdays: course.weekdays,
      startDate: toIsoDate(course.startDate),
      location: course.location,
      minutesPerSession: course.minutesPerSession,
      routine: parseStoredRoutine(course.routine),
      homeRoutineNotes: course.homeRoutineNotes,
      cancelReason: course.cancelReason,
      sessions: course.sessions.map((session) => ({
        id: session.id,
        scheduledOn: toIsoDate(session.scheduledOn),
        location: session.location,
        status: session.status,
        isMakeUp: session.isMakeUp,
        plannedMinutes: session.plannedMinutes,
        startMinute: session.startMinute,
        endMinute: session.endMinute,
        actualMinutes: session.actualMinutes,
        tolerance: session.tolerance,
        notes: session.notes,
        reason: session.reason,
        recordedBy: session.recordedById
          ? { userId: session.recordedById }
          : session.recordedByCaregiverName
            ? { caregiverName: session.recordedByCaregiverName }
            : null,
      })),
    })),
  };
}

function isStaffRole(role: string): role is StaffRole {
  return role === 'ADMIN' || role === 'PAEDIATRICIAN' || role === 'THERAPIST';
}
