import type { CitedFigure, SourceId } from './sources';

export type TimingTopic =
  'FEEDING' | 'SLEEP' | 'TIME_OF_DAY' | 'MOOD' | 'ROOM_AND_HANDS' | 'TECHNIQUE' | 'AFTER_MASSAGE';

export type TimingRule = {
  id: string;
  topic: TimingTopic;
  text: string;
  source: readonly SourceId[];
};

export const TIMING_TOPIC_LABELS = {
  FEEDING: 'Feeding',
  SLEEP: 'Sleep',
  TIME_OF_DAY: 'Time of day',
  MOOD: "The baby's mood",
  ROOM_AND_HANDS: 'Room, surface and hands',
  TECHNIQUE: 'How to touch',
  AFTER_MASSAGE: 'After the massage',
} as const satisfies Record<TimingTopic, string>;

/** Shown to therapists and parents with every routine, in this order. */
export const TIMING_RULES = [
  {
    id: 'FEED_GAP',
    topic: 'FEEDING',
    text: 'Not straight after a feed and not when hungry: about 1 hour before a feed, or 40 minutes to 1 hour after one.',
    source: ['000', '001', '002'],
  },
  {
    id: 'TUMMY_AFTER_FEED',
    topic: 'FEEDING',
    text: 'Tummy massage at least 30 minutes after a feed.',
    source: ['004'],
  },
  {
    id: 'NOT_BEFORE_BED',
    topic: 'SLEEP',
    text: 'No stimulating massage right before bedtime: it can keep the baby awake.',
    source: ['000', '001'],
  },
  { id: 'FEET_BEFORE_SLEEP', topic: 'SLEEP', text: 'Foot massage at least 2 hours before sleep.', source: ['003'] },
  {
    id: 'RELAXING_BEFORE_BATH',
    topic: 'SLEEP',
    text: 'The exception: a gentle, relaxing massage before the evening bath.',
    source: ['001'],
  },
  {
    id: 'BEST_HOURS',
    topic: 'TIME_OF_DAY',
    text: 'Best between 8:00 and 15:00, while the baby is awake and lively; keep to the same time each day.',
    source: ['001', '002'],
  },
  {
    id: 'GOOD_MOOD',
    topic: 'MOOD',
    text: 'Only when the baby is well and in a good mood. If the baby cries or turns away, stop and try again another time.',
    source: ['000', '001', '004'],
  },
  {
    id: 'ROOM',
    topic: 'ROOM_AND_HANDS',
    text: 'A warm room, 23–26 °C, aired beforehand.',
    source: ['000', '001', '003'],
  },
  {
    id: 'SURFACE',
    topic: 'ROOM_AND_HANDS',
    text: 'A hard, flat surface covered with a folded blanket or a nappy.',
    source: ['000', '001', '002'],
  },
  {
    id: 'HANDS',
    topic: 'ROOM_AND_HANDS',
    text: 'Clean, warm hands, short nails, no rings or bracelets.',
    source: ['000', '001', '002', '003'],
  },
  {
    id: 'NO_OILS_UNLESS_ADVISED',
    topic: 'ROOM_AND_HANDS',
    text: 'No oil or cream unless the clinic advised one: they can cause allergy and clog the skin.',
    source: ['000', '001', '003'],
  },
  {
    id: 'GENTLE',
    topic: 'TECHNIQUE',
    text: 'Smooth, gentle, slow movements; no pressure and no sudden movements. The massage must never hurt.',
    source: ['000', '001', '003'],
  },
  {
    id: 'BATH_AFTER',
    topic: 'AFTER_MASSAGE',
    text: 'A warm bath at 33–35 °C for 5–10 minutes can complete the massage; then wrap the baby warm and feed.',
    source: ['001'],
  },
] as const satisfies readonly TimingRule[];

/** Figures from the rules above, for forms and reminders. */
export const TIMING_FIGURES = {
  roomTemperatureC: { min: 23, max: 26, source: ['001'] },
  minutesAfterFeed: { min: 40, max: 60, source: ['000', '001', '002'] },
  minutesBeforeFeed: { value: 60, source: ['000'] },
  tummyMinutesAfterFeed: { min: 30, source: ['004'] },
  footMassageHoursBeforeSleep: { min: 2, source: ['003'] },
  bestHours: { from: '08:00', to: '15:00', source: ['002'] },
  bathTemperatureC: { min: 33, max: 35, source: ['001'] },
  bathMinutes: { min: 5, max: 10, source: ['001'] },
} as const satisfies Record<string, CitedFigure>;

export type WarningAction = 'STOP_AND_CALL_CLINIC' | 'STOP_AND_TRY_LATER';

export type WarningSign = {
  id: string;
  sign: string;
  action: WarningAction;
  advice: string;
  source: readonly SourceId[];
};

/** When to stop a session; the first group also means calling the clinic. */
export const WARNING_SIGNS = [
  {
    id: 'FEVER',
    sign: 'Fever, or the baby seems unwell',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'Do not massage; measure the temperature and call the clinic.',
    source: ['000', '001', '002'],
  },
  {
    id: 'RASH_AFTER_MASSAGE',
    sign: 'Spots, rash, redness or itching after the massage or an oil',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'Stop and call the clinic; the oil or cream may not suit the baby.',
    source: ['001'],
  },
  {
    id: 'PAIN',
    sign: 'Crying in pain when touched, or pain in one place',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'Stop at once: massage must never hurt. Call the clinic.',
    source: ['001', '003'],
  },
  {
    id: 'LIMB_OR_JOINT',
    sign: 'A swollen or painful joint, or the baby stops moving an arm or a leg',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'Stop and call the clinic: infant bones are fragile.',
    source: ['000', '001'],
  },
  {
    id: 'STOMACH_UPSET',
    sign: 'Vomiting, diarrhoea or another stool upset',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'No massage until the clinic says so.',
    source: ['001', '002'],
  },
  {
    id: 'COLD_OR_INFECTION',
    sign: 'Cough, runny nose or other signs of a cold or infection',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'Postpone the session and tell the clinic; the course resumes after recovery.',
    source: ['001', '002'],
  },
  {
    id: 'HERNIA_BULGE',
    sign: 'A bulge at the navel or in the groin that grows, is hard or hurts',
    action: 'STOP_AND_CALL_CLINIC',
    advice: 'No tummy massage; call the clinic.',
    source: ['001', '002'],
  },
  {
    id: 'CRIES_OR_TURNS_AWAY',
    sign: 'The baby cries, fusses or turns away',
    action: 'STOP_AND_TRY_LATER',
    advice: 'Stop, calm the baby and try again at another time or another day.',
    source: ['000', '001', '004'],
  },
  {
    id: 'HEAD_LIFTED_DURING_NECK_WORK',
    sign: 'The baby lifts or turns the head during neck massage',
    action: 'STOP_AND_TRY_LATER',
    advice: 'Stop the neck massage.',
    source: ['002'],
  },
] as const satisfies readonly WarningSign[];
