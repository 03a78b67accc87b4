'use client';

import { lazy, use, useState, type ComponentProps, type ReactNode } from 'react';
import { expandRoutine, type CompactRoutine } from './compact-routine';
import { LazyDisclosure, type DisclosureLabels } from './lazy-disclosure';
import { RuleBookMessages } from './rule-book-messages';

const HomeRoutine = lazy(() => import('./home-routine').then((module) => ({ default: module.HomeRoutine })));

/** The routine's steps, fetched from the server once the fold opens (a server action bound to the child). */
export type LoadRoutine = () => Promise<CompactRoutine | null>;

/**
 * The full home routine, with its drawings, folded under a one-line summary of it. The steps are
 * fetched only when it is opened: sent with the page they were a tenth of its HTML (issue 11).
 */
export function RoutineDisclosure({
  title,
  labels,
  summary,
  footer,
  loadRoutine,
  ...rest
}: Omit<ComponentProps<typeof HomeRoutine>, 'steps'> & {
  /** "Home routine" */
  title: string;
  labels: DisclosureLabels;
  summary: ReactNode;
  footer?: ReactNode;
  loadRoutine: LoadRoutine;
}) {
  // Made in the click's handler, not while rendering: a promise made in a render that suspends is lost.
  const [routine, setRoutine] = useState<Promise<CompactRoutine | null> | null>(null);
  return (
    <LazyDisclosure
      id="routine-heading"
      title={title}
      labels={labels}
      summary={summary}
      footer={footer}
      onOpen={() => setRoutine((loading) => loading ?? loadRoutine())}
    >
      {routine ? (
        <RuleBookMessages>
          <LoadedRoutine routine={routine} {...rest} />
        </RuleBookMessages>
      ) : null}
    </LazyDisclosure>
  );
}

function LoadedRoutine({
  routine,
  ...rest
}: Omit<ComponentProps<typeof HomeRoutine>, 'steps'> & { routine: Promise<CompactRoutine | null> }) {
  const steps = use(routine);
  return <HomeRoutine steps={steps ? expandRoutine(steps) : null} {...rest} />;
}
