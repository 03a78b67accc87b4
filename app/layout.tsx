import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Infant massage clinic', template: '%s · Infant massage clinic' },
  description: 'Prescribe infant massage courses, track their sessions and share the home routine with parents.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js can put that request's CSP nonce (see
  // proxy.ts) on its scripts; a page prerendered at build time would have none and not run.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
