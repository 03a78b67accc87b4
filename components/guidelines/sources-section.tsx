import { getTranslations } from 'next-intl/server';
import { sourceAnchor } from '@/components/shared/source-refs';
import { SOURCE_IDS, SOURCES } from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';

/** The source texts by title, with what each covers and its file name for review. */
export async function SourcesSection({ id, title }: { id: string; title: string }) {
  const [t, titles, summaries] = await Promise.all([
    getTranslations('guidelines.sourcesSection'),
    getTranslations('common.sources.titles'),
    getTranslations('rules.sourceSummaries'),
  ]);
  return (
    <GuidelineSection id={id} title={title} intro={t('intro')}>
      <ul aria-label={t('listLabel')} className="divide-y divide-slate-200">
        {SOURCE_IDS.map((sourceId) => (
          <li
            key={sourceId}
            id={sourceAnchor(sourceId)}
            className="scroll-mt-4 space-y-1 py-3 break-inside-avoid first:pt-0 last:pb-0"
          >
            <p className="font-medium text-slate-900">{titles(sourceId)}</p>
            <p className="text-sm text-slate-700">{summaries(sourceId)}</p>
            <p className="text-xs text-slate-500">
              {t('file')} <span className="break-all font-mono">{SOURCES[sourceId].file}</span>
            </p>
          </li>
        ))}
      </ul>
    </GuidelineSection>
  );
}
