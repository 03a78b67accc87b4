/*
 * Messages listed in the reader's language ("Sat and Sun"; the overdue sessions), each item
 * translated where the list is shown (lib/i18n/translatable.ts). One flat reference holds every
 * item: nesting a reference per item re-escaped each level inside the next, so a list of n items
 * grew as 2^n (a 23-session overdue warning made a message of megabytes).
 */

const PREFIX = 'i18n-list:';

/**
 * How the items are joined: `and` as a sentence lists things ("Mon, Wed, and Fri"; «пн, ср и пт»),
 * `commas` for phrases that are each a clause of their own ("Daily, no sessions on Sat and Sun").
 */
export type ListStyle = 'and' | 'commas';

const LIST_FORMAT_OPTIONS = {
  and: { type: 'conjunction', style: 'long' },
  commas: { type: 'conjunction', style: 'narrow' },
} as const satisfies Record<ListStyle, Intl.ListFormatOptions>;

const listFormats = new Map<string, Intl.ListFormat>();

type ListReference = { style: ListStyle; items: readonly string[] };

/** The list as one reference; a single item is that item, no item is no text. */
export function translatableList(items: readonly string[], style: ListStyle): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${PREFIX}${JSON.stringify({ style, items } satisfies ListReference)}`;
}

function isListStyle(value: unknown): value is ListStyle {
  return typeof value === 'string' && Object.hasOwn(LIST_FORMAT_OPTIONS, value);
}

/** The style and items of a list reference; null for any other text. */
export function readTranslatableList(message: string): ListReference | null {
  if (!message.startsWith(PREFIX)) return null;
  try {
    const list: unknown = JSON.parse(message.slice(PREFIX.length));
    if (typeof list !== 'object' || list === null) return null;
    const { style, items } = list as Record<string, unknown>;
    if (!isListStyle(style) || !Array.isArray(items) || !items.every((item) => typeof item === 'string')) return null;
    return { style, items };
  } catch {
    return null;
  }
}

/** Translated items joined as the reader's language joins a list. */
export function joinList(style: ListStyle, translatedItems: readonly string[], locale: string): string {
  const key = `${locale}|${style}`;
  let format = listFormats.get(key);
  if (!format) {
    // Made once per language and style, as lib/i18n/format.ts makes its date formats: ICU loads patterns.
    format = new Intl.ListFormat(locale, LIST_FORMAT_OPTIONS[style]);
    listFormats.set(key, format);
  }
  return format.format(translatedItems);
}
