import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales';
import { REQUEST_ID_HEADER } from '@/lib/request-id';
import { unavailableResponse } from '@/lib/server/unavailable-page';
import { admitRequest, REFUSAL_HEADER } from '@/lib/server/database-availability';
import { isReadablePath } from '@/lib/validation/request-path';

const isDevelopment = process.env.NODE_ENV === 'development';

/**
 * HSTS and upgrade-insecure-requests follow the configured public URL, not the request: a
 * client can send any X-Forwarded-Proto, and NEXTAUTH_URL is what next-auth already trusts to
 * decide secure cookies. Behind a TLS-terminating proxy the app itself sees plain HTTP, so the
 * socket cannot tell either.
 */
function isServedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing Next.js scripts load their chunks. In development
    // React rebuilds server error stacks with eval and hot reloading injects styles (Next.js's
    // CSP guide); production builds need neither.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // Style attributes (a progress bar's width) cannot run script and, with img-src 'self', cannot
    // send anything away; <style> elements still need the nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isServedOverHttps() ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

const FIXED_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // 'same-origin' keeps the Origin header on the app's own POSTs (server actions check it;
  // 'no-referrer' would turn it into "null") and sends nothing to other sites: paths
  // carry patient ids.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), screen-wake-lock=(self)',
  // frame-ancestors covers current browsers; this covers the ones that predate it.
  'X-Frame-Options': 'DENY',
};

const TWO_YEARS = 2 * 365 * 24 * 60 * 60;

function needsDatabase(pathname: string): boolean {
  return !pathname.startsWith('/_next/') && pathname !== '/api/health' && pathname !== '/favicon.ico';
}

/** A server action called by React's client (the `Next-Action` header names the action). */
function isServerActionCall(request: NextRequest): boolean {
  return request.method === 'POST' && request.headers.has('next-action');
}

/** The router fetching a linked page ahead of a click (Next.js's prefetch headers). */
function isPrefetch(request: NextRequest): boolean {
  return request.headers.has('next-router-prefetch') || request.headers.has('next-router-segment-prefetch');
}

/**
 * Security headers on every response, with a fresh CSP nonce that Next.js puts on its scripts, and
 * the request's id (lib/request-id.ts) on the request and its response; 503 while the database is
 * down or the server is overloaded.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const requestId = crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  // Ours, never the client's: the audit log stores it.
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  // Next.js reads the nonce from the request's CSP header while rendering.
  requestHeaders.set('Content-Security-Policy', policy);
  // Server actions compare the Origin with X-Forwarded-Host when it is present, which whoever
  // reaches the app can set; without it they compare with Host and the explicit allowedOrigins
  // in next.config.mjs.
  requestHeaders.delete('x-forwarded-host');
  // Only this proxy says that a request is refused.
  requestHeaders.delete(REFUSAL_HEADER);

  const { pathname } = request.nextUrl;
  const isReadable = isReadablePath(pathname);
  // While the database is down or the server sheds load (lib/domain/database-availability.ts), a
  // page could only fail or queue: answer 503 before rendering starts, since a streamed page cannot
  // change its status later. /api/health answers for itself; static files need no database.
  const refusal =
    isReadable && needsDatabase(pathname) ? admitRequest(requestId, { isPrefetch: isPrefetch(request) }) : null;
  // A form sent by script expects the action's answer, not a page: the action answers the refusal
  // itself, beside the form and with what was typed (lib/actions/define-action.ts), without
  // touching the database. A form sent without script gets the 503 page, like any other POST.
  const isActionCall = isServerActionCall(request);
  if (refusal && isActionCall) requestHeaders.set(REFUSAL_HEADER, refusal.reason);
  const response = !isReadable
    ? new NextResponse('Bad request: the address is not valid.', {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    : refusal && !isActionCall
      ? unavailableResponse(
          refusal,
          nonce,
          negotiateLocale({
            cookie: request.cookies.get(LOCALE_COOKIE)?.value,
            acceptLanguage: request.headers.get('accept-language'),
          }),
        )
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  for (const [name, value] of Object.entries(FIXED_HEADERS)) response.headers.set(name, value);
  // Not includeSubDomains: the clinic's other hosts are not ours to pin to HTTPS.
  if (isServedOverHttps()) response.headers.set('Strict-Transport-Security', `max-age=${TWO_YEARS}`);
  return response;
}
