import type { Locale } from './locales';
import enAuth from '@/messages/en/auth.json';
import enCommon from '@/messages/en/common.json';
import enErrors from '@/messages/en/errors.json';
import enFormat from '@/messages/en/format.json';
import enGuidelines from '@/messages/en/guidelines.json';
import enLayout from '@/messages/en/layout.json';
import enRules from '@/messages/en/rules.json';
import ruAuth from '@/messages/ru/auth.json';
import ruCommon from '@/messages/ru/common.json';
import ruErrors from '@/messages/ru/errors.json';
import ruFormat from '@/messages/ru/format.json';
import ruGuidelines from '@/messages/ru/guidelines.json';
import ruLayout from '@/messages/ru/layout.json';
import ruRules from '@/messages/ru/rules.json';

/**
 * Every catalog, one file per feature area and language (messages/<locale>/<namespace>.json), so
 * people translating different pages never edit the same file. To add a namespace: create both
 * files and add one line to each language below. English is the reference: its shape is the
 * `Messages` type (global.d.ts), so `t('missing.key')` fails to compile, and
 * lib/i18n/catalogs.test.ts fails when Russian lacks a key or a placeholder.
 */
const EN = {
  auth: enAuth,
  common: enCommon,
  errors: enErrors,
  format: enFormat,
  guidelines: enGuidelines,
  layout: enLayout,
  rules: enRules,
};

export type Messages = typeof EN;
export type Namespace = keyof Messages;

export const MESSAGES: Record<Locale, Record<Namespace, unknown>> = {
  en: EN,
  ru: {
    auth: ruAuth,
    common: ruCommon,
    errors: ruErrors,
    format: ruFormat,
    guidelines: ruGuidelines,
    layout: ruLayout,
    rules: ruRules,
  },
};

/** A language's whole catalog; the parity test guarantees it has English's shape. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] as Messages;
}

/**
 * The namespaces client components read (passed to NextIntlClientProvider): only these travel to
 * the browser, not the rule book's texts, which server components render.
 */
export const CLIENT_NAMESPACES = [
  'auth',
  'common',
  'errors',
  'format',
  'layout',
] as const satisfies readonly Namespace[];
