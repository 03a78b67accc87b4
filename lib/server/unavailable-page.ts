// Not 'server-only': proxy.ts answers with it (see database-availability.ts).
import { NextResponse } from 'next/server';
import type { Refusal } from '@/lib/domain/database-availability';
import type { Locale } from '@/lib/i18n/locales';
import enErrors from '@/messages/en/errors.json';
import ruErrors from '@/messages/ru/errors.json';

// Only this namespace: the proxy should not carry every catalog. No saved choice here (that needs
// the database), so the cookie or the browser decides.
const TEXTS: Record<Locale, typeof enErrors.unavailable> = { en: enErrors.unavailable, ru: ruErrors.unavailable };

/**
 * The 503 answer while the database is down or the app sheds load: a small page of its own (the
 * app's layout would need the database), which reloads itself once Retry-After has passed.
 */
export function unavailableResponse(refusal: Refusal, nonce: string, locale: Locale): NextResponse {
  const texts = TEXTS[locale];
  const { title, reason } = texts[refusal.reason];
  const seconds = refusal.retryAfterSeconds;
  const html = `<!doctype html>
<html lang="${locale}">
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
<p>${reason} ${texts.retry}</p>
<p>${texts.unsaved}</p>
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
