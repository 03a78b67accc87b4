import type { Messages } from '@/lib/i18n/messages';

export type ChapterId = keyof Messages['guidelines']['chapters'];

/** The rule book's chapters in reading order (the table of contents and the pager follow it). */
export const CHAPTER_IDS = [
  'sources',
  'starting',
  'techniques',
  'exercises',
  'durations',
  'foot-massage',
  'courses',
  'contraindications',
  'never-massaged',
  'directions',
  'timing',
  'warning-signs',
  'conditions',
] as const satisfies readonly ChapterId[];

/** `?chapter=all`: every chapter on one page, for print. */
export const WHOLE_BOOK = 'all';

export type ChapterChoice = ChapterId | typeof WHOLE_BOOK;

function isChapterId(value: string): value is ChapterId {
  return (CHAPTER_IDS as readonly string[]).includes(value);
}

/**
 * The chapter a request asks for. One chapter a page keeps the page small on a phone and cheap to
 * serve (the whole book is some 350 kB of HTML); an unknown or missing value opens the first.
 */
export function chapterOf(value: string | string[] | undefined): ChapterChoice {
  const chapter = Array.isArray(value) ? value[0] : value;
  if (chapter === WHOLE_BOOK) return WHOLE_BOOK;
  return chapter && isChapterId(chapter) ? chapter : CHAPTER_IDS[0];
}

/** The chapters before and after one, for the links at its end. */
export function neighboursOf(chapter: ChapterId): { previous: ChapterId | null; next: ChapterId | null } {
  const index = CHAPTER_IDS.indexOf(chapter);
  return { previous: CHAPTER_IDS[index - 1] ?? null, next: CHAPTER_IDS[index + 1] ?? null };
}

/** The address of a chapter (and a place in it). */
export function chapterHref(chapter: ChapterChoice, anchor?: string): string {
  return `/guidelines?chapter=${chapter}${anchor ? `#${anchor}` : ''}`;
}
