import 'server-only';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';

/**
 * Awaits a use case and turns its NOT_FOUND (absent, or out of the actor's reach) into the 404
 * page, recording a refused access first (as defineAction does for actions).
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    await auditRefusal(await getCurrentUser(), error);
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
