import 'server-only';
import { db } from '@/lib/db';
import { toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { findCourseDetail, type CourseDetail } from '@/lib/server/courses/get-course';
import type { OpenedCareLink } from './open-care-link';

/** What a caregiver's link shows: the child's first name and age, the routine and the calendar, nothing else. */
export type CareLinkView = {
  caregiverName: string;
  child: { firstName: string; dateOfBirth: IsoDate; gestationalAgeDays: number | null };
  course:
    | (Pick<CourseDetail, 'id' | 'status' | 'location' | 'routine' | 'homeRoutineNotes'> & {
        sessions: Omit<CourseDetail['sessions'][number], 'recordedByName'>[];
      })
    | null;
};

/** Read for a link openCareLink has just accepted (and audited). */
export async function careLinkView(link: OpenedCareLink): Promise<CareLinkView> {
  const child = await db.patient.findUniqueOrThrow({
    where: { id: link.patientId },
    select: { firstName: true, dateOfBirth: true, gestationalAgeDays: true },
  });
  // The running course, else the latest, as on the parent's own page.
  const course =
    (await findCourseDetail({ patientId: link.patientId, status: 'ACTIVE' })) ??
    (await findCourseDetail({ patientId: link.patientId }));
  return {
    caregiverName: link.caregiverName,
    child: { ...child, dateOfBirth: toIsoDate(child.dateOfBirth) },
    course: course && {
      id: course.id,
      status: course.status,
      location: course.location,
      routine: course.routine,
      homeRoutineNotes: course.homeRoutineNotes,
      // The calendar's dates and states only: who recorded each session, and the family's notes and
      // reasons (which may say more about the child's health), are not the caregiver's to read.
      sessions: course.sessions.map(({ recordedByName: _recordedBy, ...session }) => ({
        ...session,
        notes: '',
        reason: '',
      })),
    },
  };
}
