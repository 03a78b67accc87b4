import { setRequestLocale } from 'next-intl/server';
import { cacheTag } from 'next/cache';
import type { ClinicDefaults } from '@/lib/domain/rules';
import type { Locale } from '@/lib/i18n/locales';
import { RULE_BOOK_CACHE_TAG } from '@/lib/server/settings/clinic-defaults';
import type { ChapterChoice } from '@/lib/validation/guidelines-chapters';
import { RuleBook } from './rule-book';

/**
 * A chapter of the rule book rendered once per language and set of clinic defaults, then served
 * from Next's cache ('use cache'; experimental.useCache in next.config.mjs): it is the same for
 * every reader. The defaults are part of the key, so no process can serve a book for old defaults;
 * saving them also drops the old entries (updateTag in the settings action).
 */
export async function CachedRuleBook({
  locale,
  defaults,
  chapter,
}: {
  locale: Locale;
  defaults: ClinicDefaults;
  chapter: ChapterChoice;
}) {
  'use cache';
  cacheTag(RULE_BOOK_CACHE_TAG);
  // Inside the cache nothing may read the request (cookies, headers): the language is given.
  setRequestLocale(locale);
  return <RuleBook defaults={defaults} chapter={chapter} />;
}
