'use client';

import { useState, type ComponentProps } from 'react';
import { MarkHomeSessionForm } from './mark-home-session-form';

/**
 * A record form behind "Record this session", mounted only once opened: a course's page holds one
 * for every session still open, and each would otherwise weigh on the page's HTML (issue 11).
 */
export function RecordSessionDisclosure({
  summary,
  className = '',
  ...form
}: ComponentProps<typeof MarkHomeSessionForm> & { summary: string; className?: string }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className={`no-print ${className}`} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-700">{summary}</summary>
      {isOpen ? <MarkHomeSessionForm {...form} /> : null}
    </details>
  );
}
