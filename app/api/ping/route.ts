/**
 * The cheapest dynamic answer the server gives: no sign-in, no database, just the time. The load
 * bench (scripts/bench-load.ts) measures it as the floor that every page's figures are compared
 * with, so a page's cost reads apart from the machine's and the framework's.
 */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ now: new Date().toISOString() }, { headers: { 'Cache-Control': 'no-store' } });
}
