import { describe, expect, it } from 'vitest';
import { courseProgress } from './course-progress';

describe('courseProgress', () => {
  it('counts only done sessions towards the course', () => {
    const progress = courseProgress(['DONE', 'DONE', 'MISSED', 'POSTPONED', 'DONE', 'SCHEDULED'], 10);
    expect(progress).toEqual({ done: 3, total: 10, remaining: 7, isComplete: false });
  });

  it('is complete when every prescribed session is done, whatever was missed on the way', () => {
    const statuses = [...Array<'DONE'>(10).fill('DONE'), 'MISSED' as const];
    expect(courseProgress(statuses, 10)).toMatchObject({
      done: 10,
      remaining: 0,
      isComplete: true,
    });
  });

  it('starts at zero', () => {
    expect(courseProgress([], 10)).toMatchObject({ done: 0, remaining: 10, isComplete: false });
  });
});
