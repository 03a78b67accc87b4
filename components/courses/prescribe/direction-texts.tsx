'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * The rule book's directions in the doctor's language, by their English (ruleDirectionTexts,
 * looked up on the server): the form proposes in the browser, in the rule book's English, and the
 * steps keep those words, so what is saved stays translatable for a reader of another language.
 * Only what is shown is translated here; the catalog of directions never reaches the bundle.
 */
const DirectionTexts = createContext<Readonly<Record<string, string>>>({});

export function DirectionTextsProvider({ texts, children }: { texts: Record<string, string>; children: ReactNode }) {
  return <DirectionTexts.Provider value={texts}>{children}</DirectionTexts.Provider>;
}

/** A step's direction as the doctor reads it: the rule book's in their language, their own words as written. */
export function useShownDirection(): (direction: string) => string {
  const texts = useContext(DirectionTexts);
  // Own keys only: a typed direction such as "constructor" is not the object's.
  return (direction) => (Object.hasOwn(texts, direction) ? (texts[direction] ?? direction) : direction);
}
