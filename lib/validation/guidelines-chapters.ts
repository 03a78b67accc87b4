import type { Messages } from '@/lib/i18n/messages';

// No zod here: the chapters' links are drawn by components a client page may import.

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
