import type { Translator } from './translator';

/**
 * A decision with every catalog reference in it read in one language, however deep: how a test
 * asserts the words a domain function's result shows (lib/domain returns references).
 */
export function translateAll<T>(value: T, translate: Translator): T {
  if (typeof value === 'string') return translate(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => translateAll(item, translate)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, translateAll(item as unknown, translate)]),
  ) as T;
}
