import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { correctSession } from '@/lib/server/sessions/correct-session';
import { listTherapistSessions } from '@/lib/server/sessions/list-therapist-sessions';
import { recordSession } from '@/lib/server/sessions/record-session';
import {
  createClinic,
  createPatientWithIndication,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  TEST_TODAY as TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { listRecordReview } from './list-record-review';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

describe('listRecordReview', () => {
  it('lists sessions nobody recorded (for the doctor and the therapist), cancelled courses and corrections', async () => {
    const { indicationId } = await createPatientWithIndication(clinic, { firstName: 'Ada' });
    // Daily from 19 Nov: 19 and 20 Nov are past (TODAY is 21 Nov), the first one recorded.
    const running = await prescribeClinicCourse(clinic, indicationId, {
      startDate: iso('2026-11-19'),
      sessionCount: 4,
    });
    const [first, second] = await sessionDates(running);
    await recordSession(
      clinic.therapist,
      { sessionId: first!.id, outcome: 'DONE', wellToday: true, actualMinutes: 5, tolerance: 'GOOD', notes: '' },
      TODAY,
    );
    await correctSession(
      clinic.therapist,
      { sessionId: first!.id, status: 'MISSED', notes: '', correctionReason: 'Wrong child' },
      TODAY,
    );
    const other = await createPatientWithIndication(clinic, { firstName: 'Bo' });
    const stopped = await prescribeClinicCourse(clinic, other.indicationId, { startDate: iso('2026-11-01') });
    await cancelCourse(clinic.doctor, { courseId: stopped, reason: 'Family moved away' });

    const review = await listRecordReview(clinic.doctor, TODAY);

    // The cancelled course's unrecorded sessions are called off, not overdue.
    expect(review.overdue).toEqual([
      {
        id: second!.id,
        scheduledOn: iso('2026-11-20'),
        courseId: running,
        patientName: 'Ada Baby',
        therapistName: 'Therapist One',
      },
    ]);
    expect(review.cancelled).toMatchObject([
      { id: stopped, patientName: 'Bo Baby', reason: 'Family moved away', cancelledByName: 'Dr Test' },
    ]);
    expect(review.corrections).toMatchObject([
      {
        record: { type: 'SESSION', courseId: running, previousStatus: 'DONE' },
        patientName: 'Ada Baby',
        correctedByName: 'Therapist One',
        reason: 'Wrong child',
      },
    ]);
    expect((await listTherapistSessions(clinic.therapist, TODAY)).overdue.map((session) => session.id)).toEqual([
      second!.id,
    ]);
  });

  it('is for paediatricians only', async () => {
    for (const actor of [clinic.therapist, clinic.admin, clinic.parent]) {
      await expect(listRecordReview(actor, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
