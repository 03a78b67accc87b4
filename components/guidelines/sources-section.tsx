import { SOURCE_IDS, SOURCES } from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';
import { sourceAnchor } from './source-refs';

export function SourcesSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro="Every rule below names the texts it comes from by these ids. Where the texts disagree, the clinic settings hold the value and the range is shown."
    >
      <dl className="divide-y divide-slate-200">
        {SOURCE_IDS.map((sourceId) => {
          const source = SOURCES[sourceId];
          return (
            <div
              key={sourceId}
              id={sourceAnchor(sourceId)}
              className="scroll-mt-4 py-3 break-inside-avoid first:pt-0 last:pb-0 sm:grid sm:grid-cols-[4rem_minmax(0,1fr)] sm:gap-4"
            >
              <dt className="font-mono text-lg font-semibold text-brand-700 print:text-slate-900">{sourceId}</dt>
              <dd className="space-y-1">
                <p className="font-medium text-slate-900">{source.title}</p>
                <p className="text-sm text-slate-700">{source.summary}</p>
                <p className="break-all font-mono text-xs text-slate-500">{source.file}</p>
              </dd>
            </div>
          );
        })}
      </dl>
    </GuidelineSection>
  );
}
