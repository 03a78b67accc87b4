import 'server-only';
import { db } from '@/lib/db';

/**
 * How many massage sessions the child has had done, over every course: a new course's minutes
 * carry on from them (planCourseMinutes). Callers have already loaded the patient through the
 * actor's scope, so this reads no more than they may see.
 */
export function countMassageSessionsDone(patientId: string): Promise<number> {
  return db.session.count({ where: { status: 'DONE', course: { patientId } } });
}
