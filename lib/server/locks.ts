import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * The one locking rule. A change whose decision depends on what is stored (a course's status and
 * sessions, the number of active admins, the settings in force) runs in one `db.$transaction`
 * that takes its lock first and reads what the decision needs only after it: a second change of
 * the same thing waits, then decides on the first one's result. Nothing is re-checked with a
 * conditional write afterwards, and a change that is one conditional statement needs no lock.
 *
 * - A course, its sessions and its therapist: the course row (`lockCourse`). Recording a session,
 *   cancelling and handing over therefore apply one after another.
 * - A child's next-course date (Patient.nextCourseDueOn), which depends on all their courses: the
 *   patient row (`lockPatient`), taken after any course lock, so changes
 *   to two courses of one child (a completion, a new prescription) store the date one after another.
 * - The admin roster and the clinic settings have no row that stands for them, so each has a
 *   transaction-scoped advisory lock, keyed here (`lockClinicWide`). Handing a course to a
 *   therapist also takes the roster lock (after the course's, always in that order), so the
 *   therapist cannot be deactivated between the check and the commit.
 * - A therapist's time (`lockTherapistTime`): a change that places clinic sessions at times (a
 *   make-up, a postponement, a hand-over) reads the therapist's bookings and writes under an
 *   advisory lock on the therapist, taken after the course's, so two such changes take turns. The
 *   database's exclusion constraint (Session_therapist_time_excl) refuses any overlap that gets
 *   past this, e.g. two prescriptions racing, which take no lock (when their two checks deadlock,
 *   the aborted one is run again: lib/server/create-once.ts).
 * - The audit log takes no lock to append: every page read of a child writes a row, and one
 *   clinic-wide lock held from each append to its commit made concurrent reads queue behind each
 *   other (8 of 10 concurrent course pages failed with a lock timeout under load). A row is
 *   written unchained, with the change it records, and chained afterwards by the sealer
 *   (lib/server/audit/seal-audit-log.ts), which alone takes the `AUDIT_SEALER` lock: tried
 *   (`tryLockClinicWide`), so a second sealer skips instead of waiting; waited for only by the
 *   verifier. The sealer takes no other lock and writes only rows no one else writes.
 * - A sign-in attempt: advisory locks on the account's email and on the address
 *   (`lockSignInAttempts`, always in that order), held while the failures are counted and the
 *   attempt is recorded, so concurrent guesses are counted one after another.
 */
export async function lockCourse(tx: Tx, of: { courseId: string } | { sessionId: string }): Promise<void> {
  // A session never moves to another course, so its course can be found and locked in one statement.
  if ('courseId' in of) await tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = ${of.courseId} FOR UPDATE`;
  else
    await tx.$executeRaw`SELECT 1 FROM "Course" WHERE "id" = (SELECT "courseId" FROM "Session" WHERE "id" = ${of.sessionId}) FOR UPDATE`;
}

export async function lockPatient(tx: Tx, patientId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Patient" WHERE "id" = ${patientId} FOR UPDATE`;
}

const CLINIC_WIDE_LOCK_KEYS = {
  /** Account deactivations (and hand-overs to a therapist), so the clinic keeps an active admin. */
  ACCOUNTS: 7_320_418,
  /** Saves of the clinic settings, so each audit row's old value is the value in force. */
  CLINIC_SETTINGS: 7_320_417,
  /** Sealing the audit log, so each sealed row's previous hash is the last sealed row's. */
  AUDIT_SEALER: 7_320_419,
} as const;

type ClinicWideLock = keyof typeof CLINIC_WIDE_LOCK_KEYS;

export async function lockClinicWide(tx: Tx, what: ClinicWideLock): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLINIC_WIDE_LOCK_KEYS[what]})`;
}

/** Takes the lock if no one holds it, without waiting; says whether it did. */
export async function tryLockClinicWide(tx: Tx, what: ClinicWideLock): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(${CLINIC_WIDE_LOCK_KEYS[what]}) AS locked`;
  return row?.locked === true;
}

/** Separate key spaces (the first key of the two-key advisory lock) for emails and addresses. */
const SIGN_IN_LOCK_SPACES = { ACCOUNT: 7_320_419, ADDRESS: 7_320_420, LINK_GUESS_ADDRESS: 7_320_421 } as const;
const THERAPIST_TIME_LOCK_SPACE = 7_320_422;

export async function lockTherapistTime(tx: Tx, therapistId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${THERAPIST_TIME_LOCK_SPACE}::int, hashtext(${therapistId}))`;
}

export async function lockSignInAttempts(tx: Tx, email: string, address: string | null): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK_SPACES.ACCOUNT}::int, hashtext(${email}))`;
  if (address !== null)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK_SPACES.ADDRESS}::int, hashtext(${address}))`;
}

/** Private-link openings from one address, counted one at a time like sign-ins (lib/server/link-tokens). */
export async function lockLinkGuesses(tx: Tx, address: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK_SPACES.LINK_GUESS_ADDRESS}::int, hashtext(${address}))`;
}
