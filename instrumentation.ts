/** Next.js calls this once when a server process starts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startDatabaseProbe } = await import('@/lib/server/database-probe');
  const { limitRequestsInFlight, startEventLoopMonitor, startResponseWatcher } =
    await import('@/lib/server/database-availability');
  const { startAuditSealer } = await import('@/lib/server/audit/seal-audit-log');
  const { env } = await import('@/lib/env');
  startDatabaseProbe();
  startAuditSealer();
  // The load bench turns it off: it drives the server flat out, which is a busy event loop by
  // design, and would measure the shedding instead of the pages. The in-flight limit still holds.
  if (env.SHED_ON_BUSY_EVENT_LOOP) startEventLoopMonitor();
  limitRequestsInFlight(env.MAX_REQUESTS_IN_FLIGHT);
  startResponseWatcher();
}
