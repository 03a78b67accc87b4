'use client';

import { lazy, Suspense, type ComponentProps } from 'react';
import { MountOnOpen } from '@/components/ui/mount-on-open';
import { RuleBookMessages } from './rule-book-messages';

// Loaded when a fold is first opened, with its words: the form and its fields are most of a family
// page's own JavaScript, and most visits record nothing (issue 11).
const MarkHomeSessionForm = lazy(() =>
  import('./mark-home-session-form').then((module) => ({ default: module.MarkHomeSessionForm })),
);

/**
 * A record form behind its summary ("Record this session"), mounted only once opened, its words
 * fetched then: a course's page holds one for every session still open, which would otherwise
 * weigh on its HTML.
 */
export function RecordSessionDisclosure({
  summary,
  className = '',
  ...form
}: ComponentProps<typeof MarkHomeSessionForm> & { summary: string; className?: string }) {
  return (
    <MountOnOpen summary={summary} className={`no-print ${className}`}>
      <Suspense>
        <RuleBookMessages>
          <MarkHomeSessionForm {...form} />
        </RuleBookMessages>
      </Suspense>
    </MountOnOpen>
  );
}
