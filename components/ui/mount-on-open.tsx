'use client';

import { useState, type ReactNode } from 'react';

/**
 * A folded section whose content (a client component) is drawn only once opened, so a page that
 * holds several forms does not carry them all in its HTML (issue 11).
 */
export function MountOnOpen({
  summary,
  className = '',
  children,
}: {
  summary: string;
  className?: string;
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-700">{summary}</summary>
      {isOpen ? children : null}
    </details>
  );
}
