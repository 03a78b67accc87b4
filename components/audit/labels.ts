import type { AuditAction, AuditEntity, AuditOutcome } from '@/lib/generated/prisma/enums';

export const AUDIT_ACTION_LABELS = {
  CREATE: 'Created',
  READ: 'Opened',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
  EXPORT: 'Exported',
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in refused',
  SIGN_OUT: 'Signed out',
  ACCESS_REFUSED: 'Access refused',
} as const satisfies Record<AuditAction, string>;

export const AUDIT_ENTITY_LABELS = {
  PATIENT: 'Child’s record',
  INDICATION: 'Indication',
  COURSE: 'Course',
  SESSION: 'Session',
  ACCOUNT: 'Account',
  CLINIC_SETTINGS: 'Clinic setting',
  PAGE: 'Page',
  PERMISSION: 'Permission',
  CARE_LINK: 'Caregiver link',
  ALERT: 'Alert',
  CALENDAR_FEED: 'Calendar subscription',
  GUARDIAN_INVITATION: 'Guardian invitation',
} as const satisfies Record<AuditEntity, string>;

export const AUDIT_OUTCOME_LABELS = {
  SUCCESS: 'Done',
  FORBIDDEN: 'Not allowed for the role',
  NOT_FOUND: 'Out of the person’s reach',
  WRONG_CREDENTIALS: 'Wrong email or password',
  DEACTIVATED: 'Account deactivated',
  THROTTLED: 'Too many attempts',
  UNAVAILABLE: 'Could not be checked',
} as const satisfies Record<AuditOutcome, string>;
