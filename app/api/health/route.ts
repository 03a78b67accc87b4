import { checkReadiness } from '@/lib/server/health/check-readiness';

/** How soon a load balancer may ask again once the database is down, in seconds. */
const RETRY_AFTER_SECONDS = '5';

/** Readiness for a load balancer: no sign-in, no caching, nothing but the database's state. */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  const isReady = readiness.database === 'up';
  return Response.json(readiness, {
    status: isReady ? 200 : 503,
    headers: { 'Cache-Control': 'no-store', ...(isReady ? {} : { 'Retry-After': RETRY_AFTER_SECONDS }) },
  });
}
