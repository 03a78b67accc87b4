import type { ReactNode } from 'react';
import { SOURCES, type SourceId } from '@/lib/domain/rules';

/** The anchor of a source in the page's list of sources. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}

/** "Sources: 000, 001", each id linking to the source in the list at the top of the page. */
export function SourceRefs({ ids }: { ids: readonly SourceId[] }) {
  return (
    <p className="text-xs text-slate-500">
      {ids.length === 1 ? 'Source' : 'Sources'}:{' '}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ', ' : null}
          <a
            href={`#${sourceAnchor(id)}`}
            title={SOURCES[id].title}
            className="font-mono text-brand-700 underline decoration-dotted underline-offset-2 print:text-slate-700 print:no-underline"
          >
            {id}
          </a>
        </span>
      ))}
    </p>
  );
}

/** One rule as a clinician reads it: what it says, any detail, and where it comes from. */
export function RuleItem({
  title,
  badge,
  sources,
  children,
}: {
  title: ReactNode;
  badge?: ReactNode;
  sources: readonly SourceId[];
  children?: ReactNode;
}) {
  return (
    <li className="space-y-1 py-3 break-inside-avoid first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="font-medium text-slate-900">{title}</span>
        {badge}
      </div>
      {children ? <div className="space-y-1 text-sm text-slate-700">{children}</div> : null}
      <SourceRefs ids={sources} />
    </li>
  );
}

export function RuleList({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200">
      {children}
    </ul>
  );
}
