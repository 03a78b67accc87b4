import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { courseChanges, type CourseChanges } from './course-changes';

const english = translatorFor('en');

/** Each change's refusal as an English reader sees it. */
function inEnglish(changes: CourseChanges) {
  return Object.fromEntries(Object.entries(changes).map(([change, refusal]) => [change, refusal && english(refusal)]));
}

describe('courseChanges', () => {
  it('lets a running clinic course be cancelled or handed to another therapist, not reinstated', () => {
    expect(inEnglish(courseChanges({ status: 'ACTIVE', location: 'CLINIC' }))).toEqual({
      CANCEL: null,
      REASSIGN: null,
      REINSTATE: 'This course is running: there is nothing to reinstate.',
    });
  });

  it('gives a running home course no therapist to change', () => {
    expect(inEnglish(courseChanges({ status: 'ACTIVE', location: 'HOME' }))).toMatchObject({
      CANCEL: null,
      REASSIGN: 'This is a home course: the family does its sessions, so it has no therapist.',
    });
  });

  it.each(['CLINIC', 'HOME'] as const)('allows nothing for a completed %s course, saying why', (location) => {
    expect(inEnglish(courseChanges({ status: 'COMPLETED', location }))).toEqual({
      CANCEL: 'This course is completed: a completed course cannot be cancelled.',
      REASSIGN: 'This course is completed: there are no sessions left to hand over.',
      REINSTATE: 'This course is completed: only a cancelled course can be reinstated.',
    });
  });

  it.each(['CLINIC', 'HOME'] as const)('allows only reinstating a cancelled %s course', (location) => {
    expect(inEnglish(courseChanges({ status: 'CANCELLED', location }))).toEqual({
      CANCEL: 'This course was already cancelled.',
      REASSIGN: 'This course was cancelled: there are no sessions left to hand over.',
      REINSTATE: null,
    });
  });
});
