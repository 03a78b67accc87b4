'use client';

import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (a parent's hands are busy with the baby), through the
 * Screen Wake Lock API. The lock is released when `active` turns false (paused, finished) or the
 * component goes; the browser itself drops it when the page is hidden, and the guide pauses then
 * (see GuidedSession), so it is asked for again on resuming. Browsers without the API just dim.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let isReleased = false;
    let sentinel: WakeLockSentinel | null = null;
    navigator.wakeLock
      .request('screen')
      .then((lock) => {
        if (isReleased) void lock.release();
        else sentinel = lock;
      })
      // Refused (battery saver, a frame without permission): the guide works without it.
      .catch(() => undefined);
    return () => {
      isReleased = true;
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
