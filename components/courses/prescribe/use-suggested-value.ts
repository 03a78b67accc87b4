'use client';

import { useState, type ChangeEvent } from 'react';

export type SuggestedValue = {
  value: string;
  suggested: number;
  isFollowing: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A field that shows what the rule book suggests, and follows it as the rest of the form
 * changes, until the person types their own value. A value sent with a refused form is kept as
 * typed unless it equals the suggestion the form came back with.
 */
export function useSuggestedValue(initial: string, suggestedAtMount: number) {
  const [typed, setTyped] = useState<string | null>(() =>
    initial === '' || initial === String(suggestedAtMount) ? null : initial,
  );
  return {
    /** What the person typed; null while the field follows the suggestion. */
    typed,
    /** The field as shown, given the decision's current suggestion. */
    show: (suggested: number): SuggestedValue => ({
      value: typed ?? String(suggested),
      suggested,
      isFollowing: typed === null,
      onChange: (event) => setTyped(event.target.value),
    }),
  };
}
