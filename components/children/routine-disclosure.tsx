'use client';

import { lazy, use, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { expandRoutine, type CompactRoutine } from './compact-routine';
import { LazyDisclosure, type DisclosureLabels } from './lazy-disclosure';
import { RuleBookMessages } from './rule-book-messages';

const HomeRoutine = lazy(() => import('./home-routine').then((module) => ({ default: module.HomeRoutine })));

/** The steps from the address that serves them (the child's, or the carer's link's): null for no home routine. */
async function fetchRoutine(url: string): Promise<CompactRoutine | null | 'FAILED'> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as CompactRoutine | null) : 'FAILED';
  } catch {
    return 'FAILED';
  }
}

/**
 * The full home routine, with its drawings, folded under a one-line summary of it. The steps are
 * fetched only when it is opened (and once): sent with the page they were a tenth of its HTML
 * (issue 11).
 */
export function RoutineDisclosure({
  title,
  labels,
  summary,
  footer,
  routineUrl,
  failedText,
  ...rest
}: Omit<ComponentProps<typeof HomeRoutine>, 'steps'> & {
  /** "Home routine" */
  title: string;
  labels: DisclosureLabels;
  summary: ReactNode;
  footer?: ReactNode;
  /** Where the steps are fetched from once the fold opens. */
  routineUrl: string;
  /** Said when they could not be fetched. */
  failedText: string;
}) {
  // Made in the click's handler, not while rendering: a promise made in a render that suspends is lost.
  const [routine, setRoutine] = useState<ReturnType<typeof fetchRoutine> | null>(null);
  // A fetch that failed (a phone between two cells) is tried again the next time the fold opens.
  const lastFetchFailed = useRef(false);
  function fetchOnce() {
    return fetchRoutine(routineUrl).then((steps) => {
      lastFetchFailed.current = steps === 'FAILED';
      return steps;
    });
  }
  return (
    <LazyDisclosure
      id="routine-heading"
      title={title}
      labels={labels}
      summary={summary}
      footer={footer}
      onOpen={() => setRoutine((loading) => (loading && !lastFetchFailed.current ? loading : fetchOnce()))}
    >
      {routine ? (
        <RuleBookMessages>
          <LoadedRoutine routine={routine} failedText={failedText} {...rest} />
        </RuleBookMessages>
      ) : null}
    </LazyDisclosure>
  );
}

function LoadedRoutine({
  routine,
  failedText,
  ...rest
}: Omit<ComponentProps<typeof HomeRoutine>, 'steps'> & {
  routine: ReturnType<typeof fetchRoutine>;
  failedText: string;
}) {
  const steps = use(routine);
  if (steps === 'FAILED') return <p className="text-sm text-red-800">{failedText}</p>;
  return <HomeRoutine steps={steps ? expandRoutine(steps) : null} {...rest} />;
}
