import { z } from 'zod';

/**
 * Every invalid field's messages (translated by `translate`), or null when the values pass.
 * Loaded by useSchemaValidation only after the page is up, with the schema, so zod stays out of
 * the JavaScript a page needs before it can be used.
 */
export function schemaFieldErrors(
  schema: z.ZodType,
  values: Record<string, unknown>,
  translate: (message: string) => string,
): Record<string, string[]> | null {
  const parsed = schema.safeParse(values);
  if (parsed.success) return null;
  return z.flattenError(parsed.error, (issue) => translate(issue.message)).fieldErrors as Record<string, string[]>;
}
