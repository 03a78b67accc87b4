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

const canonicalByTranslator = new WeakMap<Translator, ReadonlyMap<string, string>>();

/**
 * What a direction typed in the writer's language is stored as: the rule book's English when it
 * is word for word one of the rule book's texts in that language (so a reader of another language
 * still gets it translated), else the text as typed.
 */
export function canonicalDirection(typed: string, translate: Translator): string {
  let canonical = canonicalByTranslator.get(translate);
  if (!canonical) {
    canonical = new Map([...RULE_DIRECTION_KEYS].map(([english, key]) => [translate(translatable(key)), english]));
    canonicalByTranslator.set(translate, canonical);
  }
  return canonical.get(typed) ?? typed;
}

/** The steps as the doctor saves them, each direction in the rule book's words where it is one (canonicalDirection). */
export function canonicalDirections<T extends { direction: string }>(steps: readonly T[], translate: Translator): T[] {
  return steps.map((step) => ({ ...step, direction: canonicalDirection(step.direction, translate) }));
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
