import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { ChildFacts } from '@/lib/domain/prescription/child-facts';
import type { ClinicDefaults, IndicationKind } from '@/lib/domain/rules';
import { notFound } from '@/lib/errors';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { listUsers } from '@/lib/server/users/manage-users';
import { countMassageSessionsDone } from './massage-history';

export type PrescriptionContext = {
  patient: ChildFacts & { id: string; firstName: string; lastName: string };
  /** The indications a course can still be prescribed for, newest first. */
  openIndications: {
    id: string;
    kind: IndicationKind;
    diagnosis: string;
    icd10Code: string | null;
    diagnosedOn: IsoDate;
    /** A course for it is under way: the form says so as soon as it is chosen. */
    hasRunningCourse: boolean;
  }[];
  therapists: { id: string; name: string }[];
  clinicDefaults: ClinicDefaults;
};

/**
 * What the prescribe form needs and nothing more: the child's facts for the rules, the open
 * indications, the active therapists and the clinic defaults (not the child's courses and
 * sessions). Out of the actor's reach, the patient is "not found".
 */
export async function getPrescriptionContext(actor: Actor, patientId: string): Promise<PrescriptionContext> {
  authorize(actor, 'PRESCRIBE_COURSE');
  const patient = await db.patient.findFirst({
    where: { AND: [{ id: patientId }, patientScope(actor)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      gestationalAgeDays: true,
      umbilicalWoundHealedOn: true,
      indications: {
        where: { resolvedOn: null },
        orderBy: { diagnosedOn: 'desc' },
        select: {
          id: true,
          kind: true,
          diagnosis: true,
          icd10Code: true,
          diagnosedOn: true,
          _count: { select: { courses: { where: { status: 'ACTIVE' } } } },
        },
      },
    },
  });
  if (!patient) throw notFound('PATIENT', patientId);
  await recordAuditAlone(actor, {
    action: 'READ',
    subject: { type: 'PATIENT', id: patient.id },
    patientId: patient.id,
  });
  const [therapists, clinicDefaults, massageSessionsDone] = await Promise.all([
    listUsers(actor, 'therapists'),
    getClinicDefaults(),
    countMassageSessionsDone(patient.id),
  ]);
  const { indications, ...child } = patient;
  return {
    patient: {
      ...child,
      massageSessionsDone,
      dateOfBirth: toIsoDate(child.dateOfBirth),
      umbilicalWoundHealedOn: child.umbilicalWoundHealedOn ? toIsoDate(child.umbilicalWoundHealedOn) : null,
    },
    openIndications: indications.map(({ _count, ...indication }) => ({
      ...indication,
      diagnosedOn: toIsoDate(indication.diagnosedOn),
      hasRunningCourse: _count.courses > 0,
    })),
    therapists: therapists.map(({ id, name }) => ({ id, name })),
    clinicDefaults,
  };
}
