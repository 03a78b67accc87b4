import { describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from './calendar-date';
import { childNextCourseDueOn, courseNextDueOn, type CourseDueFacts } from './next-course-due';

const completed: CourseDueFacts = { status: 'COMPLETED', lastDoneOn: iso('2026-11-11'), breakAfterDays: 60 };

describe('courseNextDueOn', () => {
  it('is the last session done plus the break, for a completed course only', () => {
    expect(courseNextDueOn(completed)).toBe('2027-01-10');
    expect(courseNextDueOn({ ...completed, breakAfterDays: 1 })).toBe('2026-11-12');
    expect(courseNextDueOn({ ...completed, status: 'ACTIVE' })).toBeNull();
    expect(courseNextDueOn({ ...completed, status: 'CANCELLED' })).toBeNull();
    expect(courseNextDueOn({ ...completed, lastDoneOn: null })).toBeNull();
  });
});

describe('childNextCourseDueOn', () => {
  const older: CourseDueFacts = { status: 'COMPLETED', lastDoneOn: iso('2026-08-10'), breakAfterDays: 30 };

  it('follows the latest course', () => {
    expect(childNextCourseDueOn([completed, older])).toBe('2027-01-10');
    expect(childNextCourseDueOn([])).toBeNull();
  });

  it('is none while a course runs, even an older one', () => {
    expect(childNextCourseDueOn([{ ...completed, status: 'ACTIVE' }, older])).toBeNull();
    expect(childNextCourseDueOn([completed, { ...older, status: 'ACTIVE' }])).toBeNull();
  });

  it('is none after a cancelled latest course, whatever came before', () => {
    expect(childNextCourseDueOn([{ ...completed, status: 'CANCELLED' }, older])).toBeNull();
  });
});
