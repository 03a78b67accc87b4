// Not 'server-only': proxy.ts answers with it (see database-availability.ts).
import { NextResponse } from 'next/server';
import type { Refusal } from '@/lib/domain/database-availability';

const TEXTS: Record<Refusal['reason'], { title: string; reason: string }> = {
  DATABASE_DOWN: {
    title: 'The clinic app is unavailable for a moment',
    reason: 'It cannot reach its database right now.',
  },
  OVERLOADED: {
    title: 'The clinic app is very busy',
    reason: 'Too many requests arrived at once.',
  },
};

/**
 * The 503 answer while the database is down or the app sheds load: a small page of its own (the
 * app's layout would need the database), which reloads itself once Retry-After has passed.
 */
export function unavailableResponse(refusal: Refusal, nonce: string): NextResponse {
  const { title, reason } = TEXTS[refusal.reason];
  const seconds = refusal.retryAfterSeconds;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${seconds}">
<title>${title}</title>
<style nonce="${nonce}">
body { font-family: system-ui, sans-serif; color: #0f172a; background: #f8fafc; margin: 0; }
main { max-width: 32rem; margin: 4rem auto; padding: 0 1rem; text-align: center; }
h1 { font-size: 1.5rem; }
p { color: #475569; line-height: 1.5; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${reason} This page tries again by itself in a few seconds.</p>
<p>If you were saving a form, it was not saved: send it again once the page is back.</p>
</main>
</body>
</html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(seconds),
      'Cache-Control': 'no-store',
    },
  });
}
