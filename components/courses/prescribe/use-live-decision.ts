'use client';

import { useEffect, useState } from 'react';
import type * as LiveDecisionModule from './live-decision';

type LiveDecision = typeof LiveDecisionModule;

/** Kept once loaded: the form remounts on each answer of the server, and should not wait again. */
let loaded: LiveDecision | null = null;

/**
 * The decision's module, or null until it has loaded after mount (it is not part of the page's
 * first JavaScript, issue 11). Until then the form shows the decision the page made on the server
 * for the form's first values, and stays usable; if it cannot load, that decision stays and the
 * server decides again when the form is sent.
 */
export function useLiveDecision(): LiveDecision | null {
  const [module, setModule] = useState<LiveDecision | null>(loaded);
  useEffect(() => {
    if (module) return;
    let isCurrent = true;
    import('./live-decision').then(
      (arrived) => {
        loaded = arrived;
        if (isCurrent) setModule(arrived);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [module]);
  return module;
}
