import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ROLES, type Role } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * What each role may reach, as Prisma filters: every query that reads or changes a patient,
 * course or session starts from one of these, so a record outside the actor's reach is simply
 * not found. Unknown roles reach nothing.
 */
export function patientScope(actor: Actor): Prisma.PatientWhereInput {
  switch (actor.role) {
    case 'ADMIN':
    case 'PAEDIATRICIAN':
      return {};
    case 'THERAPIST':
      return { courses: { some: { therapistId: actor.id } } };
    case 'PARENT':
      return { guardians: { some: { userId: actor.id } } };
    default:
      return { id: { in: [] } };
  }
}

export function courseScope(actor: Actor): Prisma.CourseWhereInput {
  switch (actor.role) {
    case 'ADMIN':
    case 'PAEDIATRICIAN':
      return {};
    case 'THERAPIST':
      return { therapistId: actor.id };
    case 'PARENT':
      return { patient: { guardians: { some: { userId: actor.id } } } };
    default:
      return { id: { in: [] } };
  }
}

/** Sessions an actor may record: clinic ones by the assigned therapist, home ones by a guardian. */
export function recordableSessionScope(actor: Actor): Prisma.SessionWhereInput {
  switch (actor.role) {
    case 'THERAPIST':
      return { location: 'CLINIC', course: { therapistId: actor.id } };
    case 'PARENT':
      return { location: 'HOME', course: { patient: { guardians: { some: { userId: actor.id } } } } };
    default:
      return { id: { in: [] } };
  }
}

/**
 * The roles whose accounts an actor may list: an admin manages every account; a paediatrician
 * picks therapists when prescribing and parents as guardians. Others list nobody.
 */
export function listableRoles(actor: Actor): readonly Role[] {
  switch (actor.role) {
    case 'ADMIN':
      return ROLES;
    case 'PAEDIATRICIAN':
      return ['THERAPIST', 'PARENT'];
    default:
      return [];
  }
}
