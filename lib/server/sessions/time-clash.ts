import 'server-only';
import { translatable } from '@/lib/i18n/translatable';

/** PostgreSQL's exclusion_violation: Session_therapist_time_excl or Session_room_time_excl refused a write. */
const EXCLUSION_VIOLATION = '23P01';

export const TIME_TAKEN_MESSAGE = translatable('errors.refusal.timeTaken');

/**
 * Whether the database refused a write because two sessions of one therapist (or one room) would
 * overlap. The driver adapter nests PostgreSQL's code a few levels deep in Prisma's error.
 */
export function isTimeClash(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const fields = error as Record<string, unknown>;
  if (fields.code === EXCLUSION_VIOLATION || fields.originalCode === EXCLUSION_VIOLATION) return true;
  const meta = fields.meta as Record<string, unknown> | undefined;
  return [fields.cause, meta, meta?.driverAdapterError].some((inner) => isTimeClash(inner, depth + 1));
}
