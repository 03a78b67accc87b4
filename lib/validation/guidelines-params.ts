import { z } from 'zod';
import { CHAPTER_IDS, WHOLE_BOOK } from './guidelines-chapters';
import { firstValue } from './list-params';

/**
 * The guidelines' address: the chapter shown. One chapter a page keeps the page small on a phone
 * and cheap to serve (the whole book is some 350 kB of HTML); an unknown or missing value opens the
 * first, as an address is typed or shared by hand.
 */
export const ZGuidelinesParams = z.object({
  chapter: z.preprocess(firstValue, z.enum([WHOLE_BOOK, ...CHAPTER_IDS]).catch(CHAPTER_IDS[0])).default(CHAPTER_IDS[0]),
});
