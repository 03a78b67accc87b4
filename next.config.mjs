import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Hosts (host[:port], as in the browser's address bar) whose pages may call server actions:
 * ALLOWED_ORIGINS, comma-separated, or else NEXTAUTH_URL's host. Read from process.env here
 * because this file is loaded by Node as it is and cannot import lib/ (TypeScript). proxy.ts
 * drops X-Forwarded-Host, so a request's own headers cannot widen this list.
 */
function serverActionOrigins() {
  const configured = process.env.ALLOWED_ORIGINS?.split(',')
    .map((host) => host.trim())
    .filter(Boolean);
  if (configured?.length) return configured;
  return process.env.NEXTAUTH_URL ? [new URL(process.env.NEXTAUTH_URL).host] : [];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages with WASM or native parts, or that read their own files at run time (pdfkit's font
  // metrics), must be loaded by Node as they are, not bundled.
  serverExternalPackages: ['@node-rs/argon2', '@prisma/client', '@prisma/adapter-pg', 'pg', 'pdfkit'],
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side; '.next' unless set.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // 'use cache' for the guidelines' rule book (components/guidelines/cached-rule-book.tsx)
    // without turning every page into Cache Components.
    useCache: true,
    serverActions: { allowedOrigins: serverActionOrigins() },
  },
};

// next-intl reads each request's language and catalogs from lib/i18n/request.ts. The catalogs are
// compiled at build time (precompile), so the browser formats messages without an ICU parser: the
// parser was 12.5 kB of every page's first JavaScript (issue 11). Every catalog is imported from
// messages/, so the server and the browser both get the compiled form.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

export default withNextIntl(nextConfig);
