import 'server-only';
import { getLocale, getVisitorLocale } from './locale';
import { translatorFor, type Translator } from './translator';

/**
 * The translator for this request's interface language (lib/i18n/locale.ts). The account's saved
 * choice is read from the database; when that read fails, the cookie and the browser still say.
 */
export async function getRequestTranslator(): Promise<Translator> {
  try {
    return translatorFor(await getLocale());
  } catch {
    return getVisitorTranslator();
  }
}

/** The translator for the language the cookie or the browser asks for, without the database. */
export async function getVisitorTranslator(): Promise<Translator> {
  return translatorFor(await getVisitorLocale());
}
