import { CHAPTER_IDS, type ChapterChoice, type ChapterId } from '@/lib/validation/guidelines-chapters';

/** The chapters before and after one, for the links at its end. */
export function neighboursOf(chapter: ChapterId): { previous: ChapterId | null; next: ChapterId | null } {
  const index = CHAPTER_IDS.indexOf(chapter);
  return { previous: CHAPTER_IDS[index - 1] ?? null, next: CHAPTER_IDS[index + 1] ?? null };
}

/** The address of a chapter (and a place in it). */
export function chapterHref(chapter: ChapterChoice, anchor?: string): string {
  return `/guidelines?chapter=${chapter}${anchor ? `#${anchor}` : ''}`;
}
