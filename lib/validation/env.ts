import { z } from 'zod';
import { isTimeZone } from '@/lib/domain/calendar-date';
import { AVAILABILITY_POLICY } from '@/lib/domain/database-availability';

/**
 * The environment variables the app reads, checked in one go so a bad deployment fails at start-up
 * with every problem named, not at the first request that needs one (lib/env.ts holds the result).
 */

// `FOO=` in a .env or compose file means "not set", not "set to nothing".
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

const ZEnvSchema = z
  .object({
    NODE_ENV: z.preprocess(
      blankAsUnset,
      z
        .enum(['development', 'production', 'test'], { error: 'must be development, production or test.' })
        .default('development'),
    ),
    DATABASE_URL: z.preprocess(
      blankAsUnset,
      z.url({
        protocol: /^postgres(ql)?$/,
        error: (issue) =>
          issue.input === undefined
            ? 'is not set. Start the app with `npm run demo` or `npm run dev`, which provide one.'
            : 'must be a postgresql:// URL.',
      }),
    ),
    // Connections per server process. The embedded PGlite is one session; its socket server
    // (scripts/pglite-server.ts) lets one connection's query or transaction run whole at a time.
    DATABASE_POOL_SIZE: z.preprocess(
      blankAsUnset,
      z.coerce.number({ error: 'must be a whole number from 1 to 100.' }).int().min(1).max(100).default(10),
    ),
    // next-auth signs session cookies with it; it makes up a weak one in development when unset.
    NEXTAUTH_SECRET: z.preprocess(blankAsUnset, z.string().optional()),
    // Read by next-auth itself; checked here so a typo fails at start-up with this message.
    NEXTAUTH_URL: z.preprocess(
      blankAsUnset,
      z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL.' }).optional(),
    ),
    // Only behind a reverse proxy that appends the client's address to X-Forwarded-For: then its
    // last hop is what failed sign-ins are counted against (lib/auth/client-address.ts).
    TRUST_PROXY: z.preprocess(
      blankAsUnset,
      z
        .enum(['true', 'false'], { error: 'must be true or false.' })
        .default('false')
        .transform((value) => value === 'true'),
    ),
    // Shed load while the event loop is saturated (lib/domain/database-availability.ts); the load
    // bench turns it off to measure the pages rather than the shedding.
    SHED_ON_BUSY_EVENT_LOOP: z.preprocess(
      blankAsUnset,
      z
        .enum(['on', 'off'], { error: 'must be on or off.' })
        .default('on')
        .transform((value) => value === 'on'),
    ),
    // Requests answered at once before new ones get 503 (AVAILABILITY_POLICY.maxInFlight); router
    // prefetches stop at half of it. The end-to-end tests raise it: on a shared two-core machine
    // their slow answers pile up, and they test journeys, not the shedding (which has its tests).
    MAX_REQUESTS_IN_FLIGHT: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: 'must be a whole number from 2 to 10000.' })
        .int()
        .min(2)
        .max(10_000)
        .default(AVAILABILITY_POLICY.maxInFlight),
    ),
    CLINIC_TIME_ZONE: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine(isTimeZone, {
          error: (issue) => `must be an IANA time zone such as Europe/London, not "${String(issue.input)}".`,
        })
        .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    ),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.NEXTAUTH_SECRET !== undefined, {
    path: ['NEXTAUTH_SECRET'],
    message: 'is required in production (any long random string).',
  });

export type Env = z.output<typeof ZEnvSchema>;

/** Throws one error naming every variable that is missing or malformed. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')} ${issue.message}`);
  throw new Error(`Invalid environment variables:\n${problems.join('\n')}`);
}
