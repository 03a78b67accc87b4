'use client';

import { useLoadedAfterMount } from '@/components/ui/use-loaded-after-mount';

const loadLiveDecision = () => import('./live-decision');

/**
 * The decision's module, or null until it has loaded after mount (it is not part of the page's
 * first JavaScript, issue 11). Until then the form shows the decision the page made on the server
 * for the form's first values, and stays usable; if it cannot load, that decision stays and the
 * server decides again when the form is sent.
 */
export function useLiveDecision() {
  return useLoadedAfterMount(loadLiveDecision);
}
