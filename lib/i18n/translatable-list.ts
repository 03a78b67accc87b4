import { translatable } from './translatable';

/**
 * Messages listed with commas, each translated where the list is shown ("Sat, Sun"; the
 * overdue sessions): a reference nesting the first item and the rest, as many as there are.
 */
export function translatableList(items: readonly string[]): string {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  if (rest.length === 0) return first;
  return translatable('prescription.list', { first, rest: translatableList(rest) });
}
