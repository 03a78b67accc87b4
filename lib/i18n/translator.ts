import { createTranslator } from 'next-intl';
import { MESSAGE_TIME_ZONE, type Locale } from './locales';
import { messagesFor } from './messages';
import { translateMessage } from './translatable';

/** Shows a message (a catalog reference or plain text) in one language. */
export type Translator = (message: string) => string;

const translators = new Map<Locale, Translator>();

/**
 * The messages of lib/validation, define-action and the use cases in one language: on the server,
 * which holds every catalog (the browser translates with its provider's, useSchemaValidation).
 */
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    const t = createTranslator({ locale, messages: messagesFor(locale), timeZone: MESSAGE_TIME_ZONE });
    translator = (message) => translateMessage(message, (key, params) => t(key as never, params as never), locale);
    translators.set(locale, translator);
  }
  return translator;
}
