/** Which roles hold each permission. Checks fail closed: a role not listed is refused. */
export const ROLES = ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST', 'PARENT'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  MANAGE_USERS: ['ADMIN'],
  MANAGE_CLINIC_SETTINGS: ['ADMIN'],
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
  VIEW_GUIDELINES: ['ADMIN', 'PAEDIATRICIAN', 'THERAPIST'],
  RECORD_CLINIC_SESSION: ['THERAPIST'],
  VIEW_OWN_CHILDREN: ['PARENT'],
  RECORD_HOME_SESSION: ['PARENT'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS = {
  ADMIN: 'Clinic admin',
  PAEDIATRICIAN: 'Paediatrician',
  THERAPIST: 'Massage therapist',
  PARENT: 'Parent',
} as const satisfies Record<Role, string>;

/** Where each role lands after signing in. */
export const ROLE_HOME = {
  ADMIN: '/patients',
  PAEDIATRICIAN: '/patients',
  THERAPIST: '/sessions',
  PARENT: '/children',
} as const satisfies Record<Role, string>;
