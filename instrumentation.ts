/** Next.js calls this once when a server process starts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startDatabaseProbe } = await import('@/lib/server/database-probe');
  const { startEventLoopMonitor, startResponseWatcher } = await import('@/lib/server/database-availability');
  startDatabaseProbe();
  startEventLoopMonitor();
  startResponseWatcher();
}
