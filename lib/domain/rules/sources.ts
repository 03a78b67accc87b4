/**
 * The source texts every clinical rule in this folder is traced to. They live in
 * `shared/seeds/` beside the repository. The code cites a text by its id; clinicians see its
 * title, and the file name stays for whoever reviews a rule against the text.
 */
export type Source = {
  /** File name inside shared/seeds/. */
  file: string;
  /** The text's own heading (its first line), shortened only where the heading runs on. */
  title: string;
  /** What a clinician will find in it, in one line. */
  summary: string;
};

export const SOURCES = {
  '000': {
    file: '000_5159bd84316c38ff.txt',
    title: 'Massage for children under one year old: basic rules',
    summary:
      'Kinds of massage, basic rules, techniques by age (1–3, 4, 5–6, 6–12 months), first sessions up to 5 min, contraindications.',
  },
  '001': {
    file: '001_de86fe6cc8ed185b.txt',
    title: 'When to massage a baby. We massage the newborn',
    summary:
      'Start ages (3 weeks home, 2–3 months clinic), techniques by month, the stroking–rubbing–kneading–vibration chain, 10-session course then ~2 months break, areas to avoid, colic/hernia/torticollis/dacryocystitis massage.',
  },
  '002': {
    file: '002_7fe857fc07ef43fb.txt',
    title: 'Therapeutic massage, what you need to know when going for a massage',
    summary:
      'Therapeutic/corrective/preventive kinds, 8:00–15:00, 4 courses in the first year, session lengths 5/15/25 min (max 45 with gymnastics), courses of 10–25 sessions, zones to avoid by age.',
  },
  '003': {
    file: '003_2d5a967534227d34.txt',
    title: 'Baby Foot Massage: Preparing Kids for Proper Walk from Birth',
    summary:
      'Foot massage goals and techniques by age, 1 min at 2 months to 5–7 min at 12 months, daily 2–5 min, not within 2 hours of sleep.',
  },
  '004': {
    file: '004_94c551dc8dd327dc.txt',
    title: 'The Benefits of Infant Massage for Both Babies and Parents',
    summary:
      "Following the baby's cues, belly rub at least 30 min after a feed, belly/foot massage for constipation and gas, face massage, room and nails.",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(SOURCES, value);
}

/** Source ids written into a rule's text, as "(001)", "(000, 002)" or a clause opening "001:" / "000, 002:". */
export type Citation = { ids: SourceId[]; form: 'PARENTHESES' | 'LABEL' };

const CITATION = /(\((?:\d{3}, )*\d{3}\)|\b(?:\d{3}, )*\d{3}:)/;

/**
 * Splits a rule's text around the source ids written into it, so that a page can show the
 * titles instead; a number that is not a source id stays text.
 */
export function splitCitations(text: string): (string | Citation)[] {
  return text
    .split(CITATION)
    .map((part, index): string | Citation => {
      if (index % 2 === 0) return part;
      const form = part.startsWith('(') ? 'PARENTHESES' : 'LABEL';
      const ids = (form === 'PARENTHESES' ? part.slice(1, -1) : part.slice(0, -1)).split(', ');
      return ids.every(isSourceId) ? { ids, form } : part;
    })
    .filter((part) => part !== '');
}

/** A figure with whatever fields it needs, always with its source. */
export type CitedFigure = { source: readonly SourceId[]; [detail: string]: unknown };
