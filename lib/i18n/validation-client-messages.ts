import type { ClientMessagePath } from './messages';

/**
 * What a route's forms need to say what is wrong before sending (useSchemaValidation): the
 * validation messages, and the wrapper's own that a schema or the form may show. Its own module,
 * type-only towards the catalogs, so a client module may import it without them.
 */
export const VALIDATION_CLIENT_MESSAGES = [
  'validation',
  'errors.action',
] as const satisfies readonly ClientMessagePath[];
