'use client';

import { Suspense, useState, type ReactNode } from 'react';

/**
 * A section folded under its summary whose content is drawn only once opened (the content is a
 * lazily loaded component), so a long page on a phone stays short and its HTML small.
 */
/** The fold's own words, in the interface's language (children.disclosure, looked up on the server). */
export type DisclosureLabels = { showAll: string; hide: string; loading: string };

export function LazyDisclosure({
  id,
  title,
  labels,
  summary,
  footer,
  onOpen,
  children,
}: {
  id: string;
  title: string;
  labels: DisclosureLabels;
  /** The short version, always shown under the title. */
  summary: ReactNode;
  /** Shown below, folded or not. */
  footer?: ReactNode;
  /** Called each time the section opens: where the content's data starts loading. */
  onOpen?: () => void;
  /** The folded content, a lazily loaded component, rendered only once open. */
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <section aria-labelledby={id} className="card">
      <details
        onToggle={(event) => {
          const { open } = event.currentTarget;
          if (open) onOpen?.();
          setIsOpen(open);
        }}
      >
        <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden">
          <span className="flex items-baseline justify-between gap-2">
            <h2 id={id} className="card-title">
              {title}
            </h2>
            <span aria-hidden="true" className="text-sm font-medium text-brand-700">
              {isOpen ? labels.hide : labels.showAll}
            </span>
          </span>
          <span className="mt-1 block text-sm text-slate-700">{summary}</span>
        </summary>
        <div className="mt-4">
          {isOpen ? (
            <Suspense fallback={<p className="text-sm text-slate-700">{labels.loading}</p>}>{children}</Suspense>
          ) : null}
        </div>
      </details>
      {footer}
    </section>
  );
}
