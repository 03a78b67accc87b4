import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickClientMessages, type ClientMessagePath, type Messages } from '@/lib/i18n/messages';

/**
 * Gives a route's client components the words they read, on top of every page's: used by the
 * route's layout, so a page's HTML carries its own feature's messages and no other's.
 */
export async function ClientMessages({
  include,
  children,
}: {
  include: readonly ClientMessagePath[];
  children: ReactNode;
}) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickClientMessages(messages as Messages, include)}>
      {children}
    </NextIntlClientProvider>
  );
}
