import { sourceAnchor } from '@/components/shared/source-refs';
import { SOURCE_IDS, SOURCES } from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';

/** The source texts by title, with what each covers and its file name for review. */
export function SourcesSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro="Every rule below names the texts it comes from by these titles. Where the texts disagree, the clinic settings hold the value and the range is shown."
    >
      <ul aria-label="Source texts" className="divide-y divide-slate-200">
        {SOURCE_IDS.map((sourceId) => {
          const source = SOURCES[sourceId];
          return (
            <li
              key={sourceId}
              id={sourceAnchor(sourceId)}
              className="scroll-mt-4 space-y-1 py-3 break-inside-avoid first:pt-0 last:pb-0"
            >
              <p className="font-medium text-slate-900">{source.title}</p>
              <p className="text-sm text-slate-700">{source.summary}</p>
              <p className="text-xs text-slate-500">
                File: <span className="break-all font-mono">{source.file}</span>
              </p>
            </li>
          );
        })}
      </ul>
    </GuidelineSection>
  );
}
