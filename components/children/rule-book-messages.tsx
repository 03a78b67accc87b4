'use client';

import { useLocale } from 'next-intl';
import { use, type ReactNode } from 'react';
import { WithMoreMessages } from '@/components/i18n/with-more-messages';
import type { Locale } from '@/lib/i18n/locales';

/**
 * What the unfolded home routine, safety rules and record form read: the rule book's texts, the
 * family pages' words, the sessions' and the messages the record form checks with. Too large for
 * every page's HTML, so fetched in the reader's language only once a fold is opened, and kept for
 * the next one.
 */
type FoldNamespace = 'rules' | 'children' | 'sessions' | 'validation' | 'errors';
type FoldMessages = Record<FoldNamespace, Record<string, unknown>>;

// Written out per language: the bundler splits off only the imports whose paths it can read.
const CATALOGS: Record<Locale, Record<FoldNamespace, () => Promise<{ default: Record<string, unknown> }>>> = {
  en: {
    rules: () => import('@/messages/en/rules.json'),
    children: () => import('@/messages/en/children.json'),
    sessions: () => import('@/messages/en/sessions.json'),
    validation: () => import('@/messages/en/validation.json'),
    errors: () => import('@/messages/en/errors.json'),
  },
  ru: {
    rules: () => import('@/messages/ru/rules.json'),
    children: () => import('@/messages/ru/children.json'),
    sessions: () => import('@/messages/ru/sessions.json'),
    validation: () => import('@/messages/ru/validation.json'),
    errors: () => import('@/messages/ru/errors.json'),
  },
};

async function fetchFoldMessages(locale: Locale): Promise<FoldMessages> {
  const catalogs = await Promise.all(
    Object.entries(CATALOGS[locale]).map(
      async ([namespace, importCatalog]) => [namespace, (await importCatalog()).default] as const,
    ),
  );
  return Object.fromEntries(catalogs) as FoldMessages;
}

const loaded = new Map<Locale, Promise<FoldMessages>>();

function load(locale: Locale): Promise<FoldMessages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = fetchFoldMessages(locale);
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
