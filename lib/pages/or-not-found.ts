import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/** Awaits a use case and turns its NOT_FOUND (absent, or out of the actor's reach) into the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
