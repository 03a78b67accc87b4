import { describe, expect, it } from 'vitest';
import { routineField } from './routine';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

const step = { area: 'ARMS_HANDS', technique: 'STROKING', direction: 'Hand to shoulder.', repetitions: 5 };
const parse = (minutes: number) => routineField.safeParse(JSON.stringify([{ ...step, minutes }]));
const firstMessage = (minutes: number) => {
  const message = parse(minutes).error?.issues[0]?.message;
  return message === undefined ? undefined : english(message);
};

describe('routineField: the time of an edited step', () => {
  it('takes any whole number of seconds above 0, up to 45 minutes', () => {
    expect(parse(0.25).success).toBe(true);
    expect(parse(20 / 60).success).toBe(true);
    expect(parse(1.5).success).toBe(true);
    expect(parse(45).success).toBe(true);
  });

  it('refuses no time, more than a whole session, and parts of a second', () => {
    expect(firstMessage(0)).toBe('Each step needs some time.');
    expect(firstMessage(45 + 1 / 60)).toBe('A step lasts at most 45 minutes.');
    expect(firstMessage(1.001)).toBe('Give each step’s time in whole seconds.');
  });

  it('reads an empty field as "take the proposal"', () => {
    expect(routineField.safeParse('')).toEqual({ success: true, data: undefined });
  });
});
