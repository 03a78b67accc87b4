'use client';

import { lazy, type ComponentProps, type ReactNode } from 'react';
import { expandRoutine, type CompactRoutine } from './compact-routine';
import { LazyDisclosure, type DisclosureLabels } from './lazy-disclosure';
import { RuleBookMessages } from './rule-book-messages';

const HomeRoutine = lazy(() => import('./home-routine').then((module) => ({ default: module.HomeRoutine })));

/** The full home routine, with its drawings, folded under a one-line summary of it. */
export function RoutineDisclosure({
  title,
  labels,
  summary,
  footer,
  routine,
  ...rest
}: Omit<ComponentProps<typeof HomeRoutine>, 'steps'> & {
  /** "Home routine" */
  title: string;
  labels: DisclosureLabels;
  summary: ReactNode;
  footer?: ReactNode;
  routine: CompactRoutine | null;
}) {
  return (
    <LazyDisclosure id="routine-heading" title={title} labels={labels} summary={summary} footer={footer}>
      <RuleBookMessages>
        <HomeRoutine steps={routine ? expandRoutine(routine) : null} {...rest} />
      </RuleBookMessages>
    </LazyDisclosure>
  );
}
