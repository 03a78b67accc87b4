import { z } from 'zod';
import { text } from './fields';

/** Fewer letters than a trigram would match half the clinic and cannot use the search's index. */
export const GUARDIAN_SEARCH_MIN_LENGTH = 3;

/** The guardian picker's search: part of a parent's name or email. */
export const ZGuardianSearch = z.object({
  q: text('Search', 100).refine(
    (value) => value.length >= GUARDIAN_SEARCH_MIN_LENGTH,
    `Type at least ${GUARDIAN_SEARCH_MIN_LENGTH} letters of the name or email.`,
  ),
});
