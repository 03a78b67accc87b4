import { z } from 'zod';
import { text } from './fields';

/** A query-string value as Next gives it: absent, one string, or several. The first counts. */
export const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The search and page of a list page's address. An address is typed or shared by hand, so a
 * value that makes no sense falls back to the start instead of failing the page.
 */
export const ZListParams = z.object({
  q: z.preprocess(firstValue, text('search', 100).catch('')).default(''),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type ListParams = z.infer<typeof ZListParams>;
