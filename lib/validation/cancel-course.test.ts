import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZCancelCourseSchema } from './cancel-course';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

function reasonErrors(reason: string): string[] | undefined {
  const parsed = ZCancelCourseSchema.safeParse({ courseId: 'c1', reason });
  return parsed.success
    ? undefined
    : z.flattenError(parsed.error, (issue) => english(issue.message)).fieldErrors.reason;
}

describe('ZCancelCourseSchema', () => {
  it('keeps the reason, trimmed', () => {
    expect(ZCancelCourseSchema.parse({ courseId: 'c1', reason: '  Family moved away.  ' })).toEqual({
      courseId: 'c1',
      reason: 'Family moved away.',
    });
  });

  it.each(['', '   '])('refuses the empty reason %j beside the field', (reason) => {
    expect(reasonErrors(reason)).toEqual(['Reason is required.']);
  });

  it('refuses a reason over 1000 characters', () => {
    expect(reasonErrors('x'.repeat(1000))).toBeUndefined();
    expect(reasonErrors('x'.repeat(1001))).toEqual(['Reason must be at most 1000 characters.']);
  });
});
