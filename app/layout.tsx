import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { MESSAGE_TIME_ZONE } from '@/lib/i18n/locales';
import { CLIENT_MESSAGE_PATHS, pickClientMessages } from '@/lib/i18n/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return {
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('appDescription'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js can put that request's CSP nonce (see
  // proxy.ts) on its scripts; a page prerendered at build time would have none and not run.
  await connection();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // Client components get only the namespaces every page uses; a route's layout adds its own.
  const clientMessages = pickClientMessages(messages, CLIENT_MESSAGE_PATHS);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone={MESSAGE_TIME_ZONE}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
