'use client';

import { NextIntlClientProvider, useLocale } from 'next-intl';
import { use, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';

/**
 * What the unfolded home routine and safety rules read: the rule book's texts and the family
 * pages' words. Too large for every page's HTML, so fetched in the reader's language only once a
 * fold is opened, and kept for the next one.
 */
const LOADERS: Record<Locale, () => Promise<{ rules: unknown; children: unknown }>> = {
  en: async () => {
    const [rules, children] = await Promise.all([
      import('@/messages/en/rules.json'),
      import('@/messages/en/children.json'),
    ]);
    return { rules: rules.default, children: children.default };
  },
  ru: async () => {
    const [rules, children] = await Promise.all([
      import('@/messages/ru/rules.json'),
      import('@/messages/ru/children.json'),
    ]);
    return { rules: rules.default, children: children.default };
  },
};

const loaded = new Map<Locale, ReturnType<(typeof LOADERS)[Locale]>>();

function load(locale: Locale) {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = LOADERS[locale]();
    loaded.set(locale, messages);
  }
  return messages;
}

/** Gives a lazily drawn fold (inside a Suspense) the rule book's words in the interface's language. */
export function RuleBookMessages({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const messages = use(load(locale));
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={messages as Parameters<typeof NextIntlClientProvider>[0]['messages']}
    >
      {children}
    </NextIntlClientProvider>
  );
}
