import type { AuditEntity } from '@/lib/generated/prisma/client';

/** Expected failures of a use case; anything else is a bug and is logged, not shown. */
export const APP_ERROR_CODES = ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'INVALID_STATE'] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * What a refusal (FORBIDDEN, NOT_FOUND) was about: a record, or the permission a use case asked
 * for. The code that catches the error writes it to the audit log (lib/server/audit/audit-refusal.ts).
 */
export type RefusedSubject = { type: AuditEntity; id: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Messages to show beside form fields, keyed by field name. */
  readonly fieldErrors: Record<string, string[]>;
  readonly subject: RefusedSubject | null;

  constructor(
    code: AppErrorCode,
    message: string,
    fieldErrors: Record<string, string[]> = {},
    subject: RefusedSubject | null = null,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.subject = subject;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The records a use case looks up through the actor's scope, as a refusal names them. */
export type ScopedRecord = Extract<
  AuditEntity,
  | 'PATIENT'
  | 'INDICATION'
  | 'COURSE'
  | 'SESSION'
  | 'ACCOUNT'
  | 'CARE_LINK'
  | 'ALERT'
  | 'CALENDAR_FEED'
  | 'GUARDIAN_INVITATION'
>;

const RECORD_NAMES = {
  PATIENT: 'The patient',
  INDICATION: 'The indication',
  COURSE: 'The course',
  SESSION: 'The session',
  ACCOUNT: 'The account',
  CARE_LINK: 'The caregiver’s link',
  ALERT: 'The alert',
  CALENDAR_FEED: 'The calendar address',
  GUARDIAN_INVITATION: 'The invitation',
} as const satisfies Record<ScopedRecord, string>;

// Authorization failures look like absence, so nobody learns which records exist. The record is
// named for the audit log, which tells an existing record out of reach from a missing one.
export function notFound(type: ScopedRecord, id: string): AppError {
  return new AppError('NOT_FOUND', `${RECORD_NAMES[type]} was not found.`, {}, { type, id });
}
