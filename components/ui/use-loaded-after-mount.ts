'use client';

import { useEffect, useState } from 'react';

/** What each loader resolved to: the form remounts on each answer of the server, and should not wait again. */
const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * What `load` resolves to (a module kept out of the page's first JavaScript, issue 11), or null
 * until it has loaded after mount. If it cannot load it stays null, and the caller works on without
 * it: the server decides and checks again when the form is sent. `load` must be a module-level
 * function, as it keys what was loaded.
 */
export function useLoadedAfterMount<Loaded>(load: () => Promise<Loaded>): Loaded | null {
  const [value, setValue] = useState<Loaded | null>(() => (loaded.get(load) as Loaded | undefined) ?? null);
  useEffect(() => {
    if (value !== null) return;
    let isCurrent = true;
    load().then(
      (arrived) => {
        loaded.set(load, arrived);
        // A function arrives as a value, not as a state updater.
        if (isCurrent) setValue(() => arrived);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [load, value]);
  return value;
}
