import { Suspense, type ComponentProps } from 'react';
import { MountOnOpen } from '@/components/ui/mount-on-open';
import { MarkHomeSessionForm } from './mark-home-session-form';
import { RuleBookMessages } from './rule-book-messages';

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
