import type { ReactNode } from 'react';
import { SourceRefs } from '@/components/shared/source-refs';
import type { SourceId } from '@/lib/domain/rules';

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
