'use client';

import { useLocale } from 'next-intl';
import { use, type ReactNode } from 'react';
import { WithMoreMessages } from '@/components/i18n/with-more-messages';
import type { Locale } from '@/lib/i18n/locales';

/**
 * What the unfolded home routine, safety rules and record form read: the rule book's texts, the
 * family pages' words, the sessions' and the messages the record form checks with. Too large for every page's HTML, so fetched in the
 * reader's language only once a fold is opened, and kept for the next one.
 */
type FoldMessages = {
  rules: Record<string, unknown>;
  children: Record<string, unknown>;
  sessions: Record<string, unknown>;
  validation: Record<string, unknown>;
  errors: Record<string, unknown>;
};

const LOADERS: Record<Locale, () => Promise<FoldMessages>> = {
  en: async () => {
    const [rules, children, sessions, validation, errors] = await Promise.all([
      import('@/messages/en/rules.json'),
      import('@/messages/en/children.json'),
      import('@/messages/en/sessions.json'),
      import('@/messages/en/validation.json'),
      import('@/messages/en/errors.json'),
    ]);
    return {
      rules: rules.default,
      children: children.default,
      sessions: sessions.default,
      validation: validation.default,
      errors: errors.default,
    };
  },
  ru: async () => {
    const [rules, children, sessions, validation, errors] = await Promise.all([
      import('@/messages/ru/rules.json'),
      import('@/messages/ru/children.json'),
      import('@/messages/ru/sessions.json'),
      import('@/messages/ru/validation.json'),
      import('@/messages/ru/errors.json'),
    ]);
    return {
      rules: rules.default,
      children: children.default,
      sessions: sessions.default,
      validation: validation.default,
      errors: errors.default,
    };
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

/**
 * Gives a lazily drawn fold (inside a Suspense) the rule book's words in the interface's language,
 * on top of the page's own (the shared buttons' words among them).
 */
export function RuleBookMessages({ children }: { children: ReactNode }) {
  const messages = use(load(useLocale() as Locale));
  return <WithMoreMessages messages={messages}>{children}</WithMoreMessages>;
}
