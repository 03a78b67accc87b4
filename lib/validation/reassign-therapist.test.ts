import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZReassignTherapistSchema } from './reassign-therapist';
import { translatorFor } from '@/lib/i18n/translator';

const english = translatorFor('en');

describe('ZReassignTherapistSchema', () => {
  it('keeps the course and the therapist chosen', () => {
    expect(ZReassignTherapistSchema.parse({ courseId: ' c1 ', therapistId: ' t2 ' })).toEqual({
      courseId: 'c1',
      therapistId: 't2',
    });
  });

  it.each([{ therapistId: '' }, { therapistId: '   ' }, {}])(
    'asks for a therapist beside the field when none is chosen (%j)',
    (values) => {
      const parsed = ZReassignTherapistSchema.safeParse({ courseId: 'c1', ...values });
      expect(parsed.success).toBe(false);
      expect(z.flattenError(parsed.error!, (issue) => english(issue.message)).fieldErrors.therapistId).toEqual([
        'Choose a therapist.',
      ]);
    },
  );
});
