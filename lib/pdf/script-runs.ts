/** Which of the report's font files draws a stretch of text. */
export type Script = 'latin' | 'cyrillic';

export type ScriptRun = { script: Script; text: string };

// Cyrillic and its supplement; @fontsource ships Noto Sans's Cyrillic in a file of its own.
const CYRILLIC = /[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]/;

/**
 * Text cut where it changes script, so the PDF can draw each stretch with the font file that has
 * its letters. Spaces, digits and punctuation are drawn with the Latin file: the Cyrillic one has
 * only the Cyrillic letters.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const char of text) {
    const script: Script = CYRILLIC.test(char) ? 'cyrillic' : 'latin';
    const last = runs.at(-1);
    if (last?.script === script) last.text += char;
    else runs.push({ script, text: char });
  }
  return runs;
}
