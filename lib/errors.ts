import type { AuditEntity } from '@/lib/generated/prisma/client';
import { translatable } from '@/lib/i18n/translatable';

/** Expected failures of a use case; anything else is a bug and is logged, not shown. */
export const APP_ERROR_CODES = ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'INVALID_STATE'] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * What a refusal (FORBIDDEN, NOT_FOUND) was about: a record, or the permission a use case asked
 * for. The code that catches the error writes it to the audit log (lib/server/audit/audit-refusal.ts).
 */
export type RefusedSubject = { type: AuditEntity; id: string };

/**
 * The message and the field messages are what the user is told: a catalog reference
 * (lib/i18n/translatable.ts) that define-action and the route handlers translate for the reader,
 * or plain English where no catalog entry exists yet.
 */
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

// Authorization failures look like absence, so nobody learns which records exist. The record is
// named for the audit log, which tells an existing record out of reach from a missing one.
export function notFound(type: ScopedRecord, id: string): AppError {
  return new AppError('NOT_FOUND', translatable(`errors.refusal.notFound.${type}`), {}, { type, id });
}
