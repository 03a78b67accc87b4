import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZReassignTherapistSchema } from './reassign-therapist';

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
      expect(z.flattenError(parsed.error!).fieldErrors.therapistId).toEqual(['Choose a therapist.']);
    },
  );
});
