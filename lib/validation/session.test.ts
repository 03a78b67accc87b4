import { describe, expect, it } from 'vitest';
import { ZRecordHomeSessionSchema, ZRecordSessionSchema, ZRecordTodaysHomeSessionSchema } from './session';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), english(issue.message)]);

const doneForm = { sessionId: 's1', outcome: 'DONE', actualMinutes: '15', tolerance: 'GOOD', notes: '' };

describe('recording a session', () => {
  it('refuses "done" until the baby is confirmed well today, beside that box', () => {
    const message = 'Confirm that the baby is well today: no fever, infection, rash, stool upset or injury.';
    expect(issuesOf(ZRecordSessionSchema.safeParse(doneForm))).toEqual([['wellToday', message]]);
    expect(issuesOf(ZRecordTodaysHomeSessionSchema.safeParse({ ...doneForm, wellToday: 'off' }))).toEqual([
      ['wellToday', message],
    ]);
  });

  it('takes an earlier home session done without the tick: it is asked for today only (issue 9)', () => {
    expect(ZRecordHomeSessionSchema.parse({ ...doneForm, actualMinutes: '' })).toMatchObject({
      outcome: 'DONE',
      wellToday: false,
    });
  });

  it('takes a home session missed only with the reason (issue 9)', () => {
    const missed = { sessionId: 's1', outcome: 'MISSED' };
    expect(issuesOf(ZRecordHomeSessionSchema.safeParse({ ...missed, reason: '  ' }))).toEqual([
      ['reason', 'Reason is required.'],
    ]);
    expect(ZRecordHomeSessionSchema.parse({ ...missed, reason: 'Travelling' })).toEqual({
      ...missed,
      reason: 'Travelling',
    });
  });

  it('carries the confirmation through once it is ticked', () => {
    expect(ZRecordSessionSchema.parse({ ...doneForm, wellToday: 'on' })).toMatchObject({
      outcome: 'DONE',
      wellToday: true,
      actualMinutes: 15,
    });
  });

  it('asks what the baby has when it is not well today, from the temporary contraindications only', () => {
    const unwell = { sessionId: 's1', outcome: 'UNWELL' };
    expect(issuesOf(ZRecordHomeSessionSchema.safeParse(unwell))).toEqual([
      ['conditions', 'Tick what the baby has today.'],
    ]);
    expect(ZRecordHomeSessionSchema.parse({ ...unwell, conditions: 'FEVER' })).toEqual({
      ...unwell,
      conditions: ['FEVER'],
    });
    // An absolute contraindication is the doctor's call, not a reason to skip one session.
    expect(ZRecordSessionSchema.safeParse({ ...unwell, conditions: ['HEART_DISEASE'] }).success).toBe(false);
  });
});
