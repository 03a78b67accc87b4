'use client';

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from 'next-intl';
import type { ReactNode } from 'react';

type MessageTree = Parameters<typeof NextIntlClientProvider>[0]['messages'];

/** Both trees of words in one, the added one's where both have a key. */
function merged(into: Record<string, unknown>, more: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...into };
  for (const [key, value] of Object.entries(more)) {
    const existing = result[key];
    result[key] = isTree(existing) && isTree(value) ? merged(existing, value) : value;
  }
  return result;
}

function isTree(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adds words to the ones the client already has, in the browser: a nested provider replaces its
 * parent's messages, so without the merge each route would send every page's words again.
 */
export function WithMoreMessages({ messages, children }: { messages: Record<string, unknown>; children: ReactNode }) {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const pageMessages = useMessages() as Record<string, unknown>;
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone={timeZone}
      messages={merged(pageMessages, messages) as MessageTree}
    >
      {children}
    </NextIntlClientProvider>
  );
}
