import { describe, expect, it } from 'vitest';
import { currentCourseOf } from './current-course';

describe('currentCourseOf', () => {
  it('is the running course, wherever it stands among the newest-first courses', () => {
    const courses = [
      { id: 'cancelled', status: 'CANCELLED' },
      { id: 'running', status: 'ACTIVE' },
      { id: 'old', status: 'COMPLETED' },
    ];
    expect(currentCourseOf(courses)?.id).toBe('running');
  });

  it('is the latest course when none is running, and none without courses', () => {
    expect(
      currentCourseOf([
        { id: 'latest', status: 'COMPLETED' },
        { id: 'old', status: 'COMPLETED' },
      ])?.id,
    ).toBe('latest');
    expect(currentCourseOf([])).toBeUndefined();
  });
});
