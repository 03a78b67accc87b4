import 'server-only';
import { RULE_DIRECTION_KEYS, ruleDirectionKey } from './rule-direction-keys';
import { translatable } from './translatable';
import type { Translator } from './translator';

/*
 * A course stores its steps' directions as text: the rule book's English as proposed, or the
 * doctor's own words. The rule book's texts have catalog entries, so a stored direction equal to
 * one of them is shown in the reader's language and anything else exactly as written. Server only:
 * a page is sent its directions translated, never their catalog, so no bundle grows.
 */

/** A stored direction in the reader's language: the rule book's text translated, the doctor's words as written. */
export function localizeDirection(direction: string, translate: Translator): string {
  const key = ruleDirectionKey(direction);
  return key === null ? direction : translate(translatable(key));
}

/** The steps with their directions in the reader's language (localizeDirection). */
export function localizeDirections<T extends { direction: string }>(steps: readonly T[], translate: Translator): T[] {
  return steps.map((step) => ({ ...step, direction: localizeDirection(step.direction, translate) }));
}

/**
 * The rule book's directions that read differently in the reader's language, by their English:
 * what the prescribe form (a client component, which proposes in the browser) shows in their
 * place. Empty for an English reader, so the page sends nothing it does not need.
 */
export function ruleDirectionTexts(translate: Translator): Record<string, string> {
  return Object.fromEntries(
    [...RULE_DIRECTION_KEYS.keys()].flatMap((english) => {
      const shown = localizeDirection(english, translate);
      return shown === english ? [] : [[english, shown]];
    }),
  );
}
