import 'server-only';
import { db } from '@/lib/db';
import type { AuditOutcome } from '@/lib/generated/prisma/client';
import { recordAuditAlone } from './record-audit';

/**
 * A refused sign-in. The email is not written (a mistyped password can be typed into the email
 * field): the event names the account it matched, if any, by id, and no one otherwise. The refusal
 * stands whether or not its row can be written, so a failure to write it is logged, not thrown:
 * next-auth would show the error's text on the sign-in page.
 */
export async function auditSignInFailure(
  email: string,
  outcome: Extract<AuditOutcome, 'WRONG_CREDENTIALS' | 'DEACTIVATED' | 'THROTTLED' | 'UNAVAILABLE'>,
): Promise<void> {
  try {
    const account = await db.user.findUnique({ where: { email }, select: { id: true } });
    await recordAuditAlone(null, {
      action: 'SIGN_IN_FAILED',
      subject: account ? { type: 'ACCOUNT', id: account.id } : null,
      patientId: null,
      outcome,
    });
  } catch (error) {
    console.error('[audit] A refused sign-in could not be recorded.', error);
  }
}
