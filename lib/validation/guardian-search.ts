import { z } from 'zod';
import { translatable } from '@/lib/i18n/translatable';
import { text } from './fields';
import { GUARDIAN_SEARCH_MIN_LENGTH } from './form-constants';

/** Fewer letters than a trigram would match half the clinic and cannot use the search's index. */

/** The guardian picker's search: part of a parent's name or email. */
export const ZGuardianSearch = z.object({
  q: text('search', 100).refine(
    (value) => value.length >= GUARDIAN_SEARCH_MIN_LENGTH,
    translatable('validation.guardianSearch.tooShort', { min: GUARDIAN_SEARCH_MIN_LENGTH }),
  ),
});
