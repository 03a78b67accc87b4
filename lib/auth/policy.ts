import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { translatable } from '@/lib/i18n/translatable';

/**
 * The one place that names roles: what each may do (the permission table), what each reaches
 * (the scopes every query starts from), which page each may open, and the accounts each kind of
 * list holds. Checks fail closed: a missing actor or a role not listed is refused, and an unknown
 * role reaches nothing. Client components import it for labels and menus; its Prisma import is
 * types only.
 *
 * Who checks what: a use case calls `authorize` first, then reads through a scope, so a record out
 * of reach is "not found" even where a permission was granted by mistake. The server action
 * wrapper checks the session only; a page guard (`requirePage`) checks that the role may open the
 * page (`PAGE_PERMISSIONS`), and a page shows a button when `can` says the use case behind it
 * would accept the actor.
 */
export const ROLES = ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST', 'PARENT'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  MANAGE_USERS: ['ADMIN'],
  // Erasing a parent's personal data on request (GDPR art. 17) while the child's record stays.
  ERASE_PARENT_DATA: ['ADMIN'],
  MANAGE_CLINIC_SETTINGS: ['ADMIN'],
  // Who read or changed which record: the clinic's compliance duty (HIPAA 164.312(b)), not care.
  VIEW_ACCESS_LOG: ['ADMIN'],
  VIEW_PATIENTS: ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST'],
  EDIT_PATIENTS: ['ADMIN', 'PAEDIATRICIAN'],
  RECORD_INDICATION: ['PAEDIATRICIAN'],
  // Only a doctor prescribes therapeutic or corrective massage (domain.md; sources 000, 001, 002);
  // preventive courses too, as the rule book's INDICATION_KINDS lists a paediatrician for them.
  PRESCRIBE_COURSE: ['PAEDIATRICIAN'],
  // Stopping a prescribed course early is a clinical order too (an absolute contraindication must
  // be "cleared by a doctor", domain.md), and it ends the next-course reminders: the doctor's call.
  CANCEL_COURSE: ['PAEDIATRICIAN'],
  // Who performs a course's clinic sessions is staffing (leave, a deactivated account), the admin's
  // job, and the paediatrician owns the course clinically; a therapist does not pick a successor.
  ASSIGN_THERAPIST: ['ADMIN', 'PAEDIATRICIAN'],
  // Putting a cancelled course back into effect undoes a clinical order: the doctor's call, as cancelling.
  REINSTATE_COURSE: ['PAEDIATRICIAN'],
  // Whoever recorded a session may put a slip right (see correctableSessionScope); the doctor, who
  // owns the course clinically, may correct any session.
  CORRECT_SESSION: ['THERAPIST', 'PAEDIATRICIAN'],
  // Booking a clinic session's time of day on its date (a make-up that found no free slot, a family
  // that asks for another hour): the therapist whose course it is, the doctor, and the admin who runs
  // the clinic's days; see timetableSessionScope.
  SET_SESSION_TIME: ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST'],
  // The doctor's review of the clinic's record: cancelled courses, corrections, sessions nobody recorded.
  REVIEW_RECORD: ['PAEDIATRICIAN'],
  VIEW_GUIDELINES: ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST'],
  // A course's report is for the referring doctor and the family: everyone who reaches the course
  // (courseScope: staff who may read the child's record, the child's guardians) may open it.
  VIEW_COURSE_REPORT: ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST', 'PARENT'],
  // The clinic's figures (sessions by therapist, rates, adherence): for those who run the clinic's care.
  VIEW_DASHBOARD: ['ADMIN', 'PAEDIATRICIAN'],
  // The "needs attention" list is for those who act on a child's care (see alertScope); a parent
  // is the one reporting, and the admin does not act on clinical events.
  VIEW_ALERTS: ['PAEDIATRICIAN', 'THERAPIST'],
  RECORD_CLINIC_SESSION: ['THERAPIST'],
  VIEW_OWN_CHILDREN: ['PARENT'],
  // A child's whole record as a FHIR R4 file, for another doctor or system: staff who read the
  // record (patientScope decides which children), and a family their own child's (right of access).
  EXPORT_PATIENT_RECORD: ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST'],
  EXPORT_OWN_CHILD_RECORD: ['PARENT'],
  RECORD_HOME_SESSION: ['PARENT'],
  // A parent shares one child's home routine with another caregiver (grandparent, nanny) by link.
  MANAGE_CARE_LINKS: ['PARENT'],
  // A private calendar address (.ics): a family's of their child's sessions, a therapist's of the
  // clinic sessions assigned to them.
  SUBSCRIBE_CHILD_CALENDAR: ['PARENT'],
  SUBSCRIBE_AGENDA_CALENDAR: ['THERAPIST'],
  // A parent invites another guardian of their child (a paediatrician's invitation comes with
  // registering the child, under EDIT_PATIENTS).
  INVITE_GUARDIAN: ['PARENT'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

const REFUSED = translatable('errors.action.notSignedIn');

/** A refusal names the permission asked for, for the audit log (see RefusedSubject). */
function refused(permissions: readonly Permission[]): AppError {
  return new AppError('FORBIDDEN', REFUSED, {}, { type: 'PERMISSION', id: permissions.join(' or ') });
}

/** The first line of every use case: the actor holds `permission`, or FORBIDDEN. */
export function authorize(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor || !can(actor.role, permission)) throw refused([permission]);
}

/** For a use case that serves two permissions (recording a clinic or a home session): either will do. */
export function authorizeAny(
  actor: Actor | null | undefined,
  permissions: readonly Permission[],
): asserts actor is Actor {
  if (!actor || !permissions.some((permission) => can(actor.role, permission))) throw refused(permissions);
}

/**
 * The permission a role needs to open each page under app/(app), keyed by its route. The page
 * guard reads it, and a test fails when a page is missing here.
 */
export const PAGE_PERMISSIONS = {
  '/patients': 'VIEW_PATIENTS',
  '/patients/new': 'EDIT_PATIENTS',
  '/patients/[patientId]': 'VIEW_PATIENTS',
  '/patients/[patientId]/edit': 'EDIT_PATIENTS',
  '/patients/[patientId]/indications/new': 'RECORD_INDICATION',
  '/patients/[patientId]/indications/[indicationId]/correct': 'RECORD_INDICATION',
  '/patients/[patientId]/courses/new': 'PRESCRIBE_COURSE',
  '/courses/[courseId]': 'VIEW_PATIENTS',
  '/due': 'PRESCRIBE_COURSE',
  '/review': 'REVIEW_RECORD',
  '/attention': 'VIEW_ALERTS',
  '/dashboard': 'VIEW_DASHBOARD',
  '/dashboard/courses': 'VIEW_DASHBOARD',
  '/dashboard/sessions': 'VIEW_DASHBOARD',
  '/reports/courses/[courseId]': 'VIEW_COURSE_REPORT',
  '/sessions': 'RECORD_CLINIC_SESSION',
  '/sessions/[sessionId]': 'RECORD_CLINIC_SESSION',
  '/sessions/[sessionId]/correct': 'CORRECT_SESSION',
  '/sessions/[sessionId]/time': 'SET_SESSION_TIME',
  '/children': 'VIEW_OWN_CHILDREN',
  '/children/[patientId]': 'VIEW_OWN_CHILDREN',
  '/children/[patientId]/guided': 'VIEW_OWN_CHILDREN',
  '/children/[patientId]/handout': 'VIEW_OWN_CHILDREN',
  '/children/[patientId]/sharing': 'VIEW_OWN_CHILDREN',
  '/guidelines': 'VIEW_GUIDELINES',
  '/admin/users': 'MANAGE_USERS',
  '/admin/settings': 'MANAGE_CLINIC_SETTINGS',
  '/admin/access-log': 'VIEW_ACCESS_LOG',
} as const satisfies Record<string, Permission>;

export type PageRoute = keyof typeof PAGE_PERMISSIONS;

/** Where each role lands after signing in. */
export const ROLE_HOME = {
  ADMIN: '/patients',
  PAEDIATRICIAN: '/patients',
  THERAPIST: '/sessions',
  PARENT: '/children',
} as const satisfies Record<Role, string>;

const NOTHING = { id: { in: [] } };

/**
 * What each role reaches, as Prisma filters: every query that reads or changes a patient,
 * indication, course or session starts from one of these, so a record outside the actor's reach is
 * simply not found. Unknown roles reach nothing.
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
      return NOTHING;
  }
}

/** An indication is reached through its patient. */
export function indicationScope(actor: Actor): Prisma.IndicationWhereInput {
  return { patient: patientScope(actor) };
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
      return NOTHING;
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
      return NOTHING;
  }
}

/** The clinic sessions whose time an actor may book: a therapist those of their own courses. */
export function timetableSessionScope(actor: Actor): Prisma.SessionWhereInput {
  switch (actor.role) {
    case 'ADMIN':
    case 'PAEDIATRICIAN':
      return { location: 'CLINIC' };
    case 'THERAPIST':
      return { location: 'CLINIC', course: { therapistId: actor.id } };
    default:
      return NOTHING;
  }
}

/** The care links an actor may list and revoke: a parent those of their own children. */
export function careLinkScope(actor: Actor): Prisma.CareLinkWhereInput {
  return actor.role === 'PARENT' ? { patient: patientScope(actor) } : NOTHING;
}

/**
 * The calendar addresses an actor may list and revoke: their own. A family's address (patientId
 * set) names one child; a therapist's (patientId null) is their agenda.
 */
export function calendarFeedScope(actor: Actor): Prisma.CalendarFeedWhereInput {
  switch (actor.role) {
    case 'PARENT':
      return { ownerId: actor.id, patient: patientScope(actor) };
    case 'THERAPIST':
      return { ownerId: actor.id, patientId: null };
    default:
      return NOTHING;
  }
}

/**
 * The sessions a calendar address shows, decided afresh at each fetch from its owner as they are
 * now: a guardian's child's sessions (home and clinic), a therapist's clinic sessions of the courses
 * assigned to them. A guardian removed from the child, or a course handed to another therapist,
 * drops out of the calendar.
 */
export function calendarFeedSessionScope(owner: Actor, patientId: string | null): Prisma.SessionWhereInput {
  switch (owner.role) {
    case 'PARENT':
      return patientId === null ? NOTHING : { course: { AND: [{ patientId }, courseScope(owner)] } };
    case 'THERAPIST':
      return patientId === null ? { location: 'CLINIC', course: courseScope(owner) } : NOTHING;
    default:
      return NOTHING;
  }
}

/** The invitations an actor may list and revoke: a parent those for their own children. */
export function guardianInvitationScope(actor: Actor): Prisma.GuardianInvitationWhereInput {
  return actor.role === 'PARENT' ? { patient: patientScope(actor) } : NOTHING;
}

/** What a care link's holder may record: the home sessions of that one child. */
export function careLinkSessionScope(link: { patientId: string }): Prisma.SessionWhereInput {
  return { location: 'HOME', course: { patientId: link.patientId } };
}

/**
 * The alerts an actor sees and may mark done: a therapist those of the courses assigned to them,
 * a paediatrician the whole clinic's (the doctors share the clinic's patients, as patientScope
 * does), others none. An alert is shared: done for one is done for everyone who sees it.
 */
export function alertScope(actor: Actor): Prisma.AlertWhereInput {
  switch (actor.role) {
    case 'PAEDIATRICIAN':
      return {};
    case 'THERAPIST':
      return { course: { therapistId: actor.id } };
    default:
      return NOTHING;
  }
}

/**
 * Sessions an actor may correct: a therapist only the clinic sessions they recorded themselves,
 * while the course is still theirs; a paediatrician any session.
 */
export function correctableSessionScope(actor: Actor): Prisma.SessionWhereInput {
  switch (actor.role) {
    case 'THERAPIST':
      return { AND: [recordableSessionScope(actor), { recordedById: actor.id }] };
    case 'PAEDIATRICIAN':
      return {};
    default:
      return NOTHING;
  }
}

/**
 * Accounts by the part they play, whatever their status; callers add `deactivatedAt` as they need.
 * A guardian is a parent account, a course's therapist a therapist account, and the clinic must
 * keep one active account that manages the others.
 */
export const ACCOUNTS = {
  therapists: { role: 'THERAPIST' },
  guardians: { role: 'PARENT' },
  userManagers: { role: { in: [...PERMISSIONS.MANAGE_USERS] } },
} as const satisfies Record<string, Prisma.UserWhereInput>;

/**
 * Whose personal data an admin may erase while the record stays: a parent's. A staff member's name
 * is part of the clinical record they signed (who prescribed, who recorded), so it stays.
 */
export function isErasableAccount(role: Role): boolean {
  return role === 'PARENT';
}

/**
 * The lists of accounts a page may ask for: the active therapists to pick for a course, the
 * active parents to link as guardians, and every account with its status for the admin.
 */
const ACCOUNT_LISTS = {
  therapists: {
    permissions: ['PRESCRIBE_COURSE', 'ASSIGN_THERAPIST'],
    where: { ...ACCOUNTS.therapists, deactivatedAt: null },
  },
  guardians: { permissions: ['EDIT_PATIENTS'], where: { ...ACCOUNTS.guardians, deactivatedAt: null } },
  everyone: { permissions: ['MANAGE_USERS'], where: {} },
} as const satisfies Record<string, { permissions: readonly Permission[]; where: Prisma.UserWhereInput }>;

export type AccountList = keyof typeof ACCOUNT_LISTS;

/** The filter for one list of accounts, or FORBIDDEN when the actor may not read it. */
export function accountListScope(actor: Actor, list: AccountList): Prisma.UserWhereInput {
  authorizeAny(actor, ACCOUNT_LISTS[list].permissions);
  return ACCOUNT_LISTS[list].where;
}
