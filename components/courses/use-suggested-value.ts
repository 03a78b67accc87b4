'use client';

import { useState, type ChangeEvent } from 'react';

/**
 * A field that shows what the rule book suggests, and follows it as the rest of the form
 * changes, until the person types their own value. A value sent with a refused form is kept as
 * typed unless it equals the suggestion.
 */
export function useSuggestedValue(suggested: string, initial: string) {
  const [typed, setTyped] = useState<string | null>(() => (initial === '' || initial === suggested ? null : initial));
  return {
    value: typed ?? suggested,
    suggested,
    isFollowing: typed === null,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setTyped(event.target.value),
    follow: () => setTyped(null),
  };
}

export type SuggestedValue = ReturnType<typeof useSuggestedValue>;
