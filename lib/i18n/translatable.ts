import type { Messages } from './messages';
import { joinList, readTranslatableList } from './translatable-list';

/*
 * A message that is translated where it is shown, not where it is made. zod schemas run in the
 * browser and on the server, where neither knows the reader's language, and a zod message must be
 * a string: so a schema's message is a reference to a catalog key, `i18n:validation.required`,
 * with its placeholders as JSON after a space (`i18n:validation.tooLong {"label":"i18n:validation.labels.reason","max":1000}`).
 * A placeholder that is itself a reference (a field's label) is translated too. Whoever shows the
 * message translates it (translateMessage): define-action on the server, useSchemaValidation in the
 * browser. Type-only import: no catalog reaches a bundle from here.
 */

const PREFIX = 'i18n:';

/** "validation.labels.reason": every dotted path to a message of the English catalog. */
type MessagePaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePaths<T[K]>}`;
}[keyof T & string];

export type MessageKey = MessagePaths<Messages>;
export type ValidationLabel = keyof Messages['validation']['labels'];
export type MessageParams = Record<string, string | number>;

/** The reference to a catalog message, with its placeholders, as a string zod can carry. */
export function translatable(key: MessageKey, params?: MessageParams): string {
  return params ? `${PREFIX}${key} ${JSON.stringify(params)}` : `${PREFIX}${key}`;
}

/** A field's label, as a placeholder of a validation message. */
export function label(key: ValidationLabel): string {
  return translatable(`validation.labels.${key}`);
}

/** The key and placeholders of a reference; null for any other text (shown as it is). */
export function readTranslatable(message: string): { key: string; params: MessageParams } | null {
  if (!message.startsWith(PREFIX)) return null;
  const space = message.indexOf(' ');
  if (space === -1) return { key: message.slice(PREFIX.length), params: {} };
  try {
    const params: unknown = JSON.parse(message.slice(space + 1));
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
    return { key: message.slice(PREFIX.length, space), params: params as MessageParams };
  } catch {
    return null;
  }
}

/** A catalog lookup in the reader's language: next-intl's `t` with the whole catalog. */
export type Translate = (key: string, params: MessageParams) => string;

/**
 * The message in the reader's language: a reference is looked up, a list's items are translated
 * and joined as `locale` lists things (lib/i18n/translatable-list.ts), any other text is shown as it is.
 */
export function translateMessage(message: string, t: Translate, locale: string): string {
  const list = readTranslatableList(message);
  if (list)
    return joinList(
      list.style,
      list.items.map((item) => translateMessage(item, t, locale)),
      locale,
    );
  const reference = readTranslatable(message);
  if (!reference) return message;
  const params = Object.fromEntries(
    Object.entries(reference.params).map(([name, value]) => [
      name,
      typeof value === 'string' ? translateMessage(value, t, locale) : value,
    ]),
  );
  return t(reference.key, params);
}
