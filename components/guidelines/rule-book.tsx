import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ClinicDefaults } from '@/lib/domain/rules';
import { DirectionsSection, NeverMassagedSection } from './body-section';
import { CHAPTER_IDS, WHOLE_BOOK, type ChapterChoice, type ChapterId } from '@/lib/validation/guidelines-chapters';
import { chapterHref, neighboursOf } from './chapters';
import { ConditionsSection } from './conditions-section';
import { ContraindicationsSection } from './contraindications-section';
import { CoursesSection } from './courses-section';
import { DurationsSection, FootMassageSection } from './durations-section';
import { ExercisesSection } from './exercises-section';
import { TimingSection, WarningSignsSection } from './safety-section';
import { SourcesSection } from './sources-section';
import { StartingSection } from './starting-section';
import { TechniquesSection } from './techniques-section';

type Render = (chapter: { id: string; title: string }, defaults: ClinicDefaults) => ReactNode;

const CHAPTERS: Record<ChapterId, Render> = {
  sources: (chapter) => <SourcesSection {...chapter} />,
  starting: (chapter, defaults) => <StartingSection {...chapter} defaults={defaults} />,
  techniques: (chapter) => <TechniquesSection {...chapter} />,
  exercises: (chapter) => <ExercisesSection {...chapter} />,
  durations: (chapter, defaults) => <DurationsSection {...chapter} defaults={defaults} />,
  'foot-massage': (chapter) => <FootMassageSection {...chapter} />,
  courses: (chapter, defaults) => <CoursesSection {...chapter} defaults={defaults} />,
  contraindications: (chapter) => <ContraindicationsSection {...chapter} />,
  'never-massaged': (chapter) => <NeverMassagedSection {...chapter} />,
  directions: (chapter) => <DirectionsSection {...chapter} />,
  timing: (chapter) => <TimingSection {...chapter} />,
  'warning-signs': (chapter) => <WarningSignsSection {...chapter} />,
  conditions: (chapter) => <ConditionsSection {...chapter} />,
};

const linkClasses = 'inline-block py-1 font-medium text-brand-700 underline-offset-2 hover:underline';

/**
 * The clinical rule book as a clinician reads it, a chapter at a time (or all of it, for print),
 * with this clinic's settings where the texts disagree. Its links are not prefetched: a chapter is a
 * page of its own, and prefetching every one would load the whole book again.
 */
export async function RuleBook({ defaults, chapter }: { defaults: ClinicDefaults; chapter: ChapterChoice }) {
  const t = await getTranslations('guidelines');
  const shown = chapter === WHOLE_BOOK ? CHAPTER_IDS : [chapter];
  const { previous, next } = chapter === WHOLE_BOOK ? { previous: null, next: null } : neighboursOf(chapter);
  return (
    <div className="space-y-6">
      <nav
        aria-label={t('chapterList')}
        className="no-print rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t('chapterList')}</h2>
        <ol className="mt-2 grid list-decimal gap-x-8 gap-y-1 pl-5 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {CHAPTER_IDS.map((id) => (
            <li key={id}>
              {id === chapter ? (
                <span aria-current="page" className="inline-block py-1 font-semibold text-slate-900">
                  {t(`chapters.${id}`)}
                </span>
              ) : (
                <Link href={chapterHref(id)} prefetch={false} className={linkClasses}>
                  {t(`chapters.${id}`)}
                </Link>
              )}
            </li>
          ))}
        </ol>
        {chapter === WHOLE_BOOK ? null : (
          <p className="mt-2 text-sm">
            <Link href={chapterHref(WHOLE_BOOK)} prefetch={false} className={linkClasses}>
              {t('wholeBook')}
            </Link>
          </p>
        )}
      </nav>
      {shown.map((id) => (
        <div key={id}>{CHAPTERS[id]({ id, title: t(`chapters.${id}`) }, defaults)}</div>
      ))}
      {previous || next ? (
        <nav aria-label={t('pager')} className="no-print flex flex-wrap justify-between gap-4 text-sm">
          {previous ? (
            <Link href={chapterHref(previous)} prefetch={false} className={linkClasses}>
              {t('previousChapter', { title: t(`chapters.${previous}`) })}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={chapterHref(next)} prefetch={false} className={`${linkClasses} text-right`}>
              {t('nextChapter', { title: t(`chapters.${next}`) })}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
