import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { ACCOUNTS } from '@/lib/auth/policy';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { isUniqueViolation } from '@/lib/server/create-once';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import type { AcceptInvitationInput } from '@/lib/validation/guardian-invitation';
import { takeInvitation, type InvitationTaking, type TakenInvitation } from './take-invitation';
import { translatable } from '@/lib/i18n/translatable';

const INVITATION_REFUSED = translatable('errors.refusal.invitationRefused');
const INVITATION_THROTTLED = translatable('errors.refusal.linksThrottled');
const ACCOUNT_EXISTS = translatable('errors.refusal.invitationAccountExists');

type Tx = Prisma.TransactionClient;

/**
 * A refusal is thrown after the transaction has committed: the guess it counted or the refusal it
 * audited (takeInvitation) must stay.
 */
function refusal(taking: Exclude<InvitationTaking, { status: 'OPEN' }>): AppError {
  return taking.status === 'THROTTLED'
    ? new AppError('FORBIDDEN', INVITATION_THROTTLED)
    : new AppError('NOT_FOUND', INVITATION_REFUSED);
}

/** The invitation is used: the account becomes the child's guardian (once), and the use is audited. */
async function linkGuardian(tx: Tx, invitation: TakenInvitation, account: AuditActor & {}, now: Date): Promise<void> {
  await tx.guardianship.createMany({
    data: [{ patientId: invitation.patientId, userId: account.id }],
    skipDuplicates: true,
  });
  await tx.guardianInvitation.update({
    where: { id: invitation.id },
    data: { acceptedAt: now, acceptedById: account.id },
  });
  await recordAudit(tx, account, {
    action: 'UPDATE',
    subject: { type: 'GUARDIAN_INVITATION', id: invitation.id },
    patientId: invitation.patientId,
  });
}

/**
 * The invited person has no account: they choose their name and password (the clinic's password
 * rules, argon2id as every account), and get a parent account that is guardian of that one child.
 */
export async function acceptInvitationWithNewAccount(
  token: string,
  address: string | null,
  input: Pick<AcceptInvitationInput, 'name' | 'password'>,
  now = new Date(),
): Promise<{ email: string; patientId: string }> {
  const passwordHash = await hashPassword(input.password);
  const settings = await getSecuritySettings();
  let outcome;
  try {
    outcome = await db.$transaction(async (tx) => {
      const taking = await takeInvitation(tx, token, address, now, settings);
      if (taking.status !== 'OPEN') return taking;
      const { invitation } = taking;
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
        throw new AppError('CONFLICT', ACCOUNT_EXISTS);
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, role: ACCOUNTS.guardians.role, passwordHash },
        select: { id: true, role: true },
      });
      await recordAudit(tx, user, { action: 'CREATE', subject: { type: 'ACCOUNT', id: user.id }, patientId: null });
      await linkGuardian(tx, invitation, user, now);
      return { status: 'ACCEPTED' as const, email: invitation.email, patientId: invitation.patientId };
    });
  } catch (error) {
    // The same e-mail signed up a moment ago by another way.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', ACCOUNT_EXISTS);
    throw error;
  }
  if (outcome.status !== 'ACCEPTED') throw refusal(outcome);
  return { email: outcome.email, patientId: outcome.patientId };
}

/** The invited person has a parent account and is signed in with it: the child is added to it. */
export async function acceptInvitationAsSignedIn(
  actor: Actor,
  token: string,
  address: string | null,
  now = new Date(),
): Promise<{ patientId: string }> {
  const settings = await getSecuritySettings();
  const outcome = await db.$transaction(async (tx) => {
    const taking = await takeInvitation(tx, token, address, now, settings);
    if (taking.status !== 'OPEN') return taking;
    const { invitation } = taking;
    if (actor.role !== ACCOUNTS.guardians.role || actor.email.toLowerCase() !== invitation.email.toLowerCase())
      throw new AppError(
        'FORBIDDEN',
        translatable('errors.refusal.invitationForOther', { email: invitation.email }),
        {},
        { type: 'GUARDIAN_INVITATION', id: invitation.id },
      );
    await linkGuardian(tx, invitation, actor, now);
    return { status: 'ACCEPTED' as const, patientId: invitation.patientId };
  });
  if (outcome.status !== 'ACCEPTED') throw refusal(outcome);
  return { patientId: outcome.patientId };
}
