import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ClinicDefaults } from '@/lib/domain/rules';
import type { Messages } from '@/lib/i18n/messages';
import { DirectionsSection, NeverMassagedSection } from './body-section';
import { ConditionsSection } from './conditions-section';
import { ContraindicationsSection } from './contraindications-section';
import { CoursesSection } from './courses-section';
import { DurationsSection, FootMassageSection } from './durations-section';
import { ExercisesSection } from './exercises-section';
import { TimingSection, WarningSignsSection } from './safety-section';
import { SourcesSection } from './sources-section';
import { StartingSection } from './starting-section';
import { TechniquesSection } from './techniques-section';

type ChapterId = keyof Messages['guidelines']['chapters'];

type Chapter = {
  id: ChapterId;
  render: (chapter: { id: string; title: string }, defaults: ClinicDefaults) => ReactNode;
};

// One list drives both the table of contents and the page, so they cannot drift apart.
const CHAPTERS: readonly Chapter[] = [
  { id: 'sources', render: (chapter) => <SourcesSection {...chapter} /> },
  {
    id: 'starting',
    render: (chapter, defaults) => <StartingSection {...chapter} defaults={defaults} />,
  },
  { id: 'techniques', render: (chapter) => <TechniquesSection {...chapter} /> },
  { id: 'exercises', render: (chapter) => <ExercisesSection {...chapter} /> },
  {
    id: 'durations',
    render: (chapter, defaults) => <DurationsSection {...chapter} defaults={defaults} />,
  },
  { id: 'foot-massage', render: (chapter) => <FootMassageSection {...chapter} /> },
  {
    id: 'courses',
    render: (chapter, defaults) => <CoursesSection {...chapter} defaults={defaults} />,
  },
  {
    id: 'contraindications',
    render: (chapter) => <ContraindicationsSection {...chapter} />,
  },
  { id: 'never-massaged', render: (chapter) => <NeverMassagedSection {...chapter} /> },
  {
    id: 'directions',
    render: (chapter) => <DirectionsSection {...chapter} />,
  },
  { id: 'timing', render: (chapter) => <TimingSection {...chapter} /> },
  { id: 'warning-signs', render: (chapter) => <WarningSignsSection {...chapter} /> },
  { id: 'conditions', render: (chapter) => <ConditionsSection {...chapter} /> },
];

/** The clinical rule book as a clinician reads it, with this clinic's settings where the texts disagree. */
export async function RuleBook({ defaults }: { defaults: ClinicDefaults }) {
  const t = await getTranslations('guidelines');
  return (
    <div className="space-y-6">
      <nav
        aria-label={t('onThisPage')}
        className="no-print rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t('onThisPage')}</h2>
        <ol className="mt-2 grid list-decimal gap-x-8 gap-y-1 pl-5 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {CHAPTERS.map((chapter) => (
            <li key={chapter.id}>
              <a
                href={`#${chapter.id}`}
                className="inline-block py-1 font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {t(`chapters.${chapter.id}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {CHAPTERS.map((chapter) => (
        <div key={chapter.id}>{chapter.render({ id: chapter.id, title: t(`chapters.${chapter.id}`) }, defaults)}</div>
      ))}
    </div>
  );
}
