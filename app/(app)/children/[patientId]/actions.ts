'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { compactRoutine, type CompactRoutine } from '@/components/children/compact-routine';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { defineAction } from '@/lib/actions/define-action';
import { requireUser } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { currentCourseOf } from '@/lib/domain/current-course';
import { parentHomeSteps } from '@/lib/domain/rules';
import { getCourse } from '@/lib/server/courses/get-course';
import { getPatient } from '@/lib/server/patients/get-patient';
import { recordSession } from '@/lib/server/sessions/record-session';
import { toSessionOutcome } from '@/lib/validation/home-session-outcome';
import { ZRecordHomeSessionSchema } from '@/lib/validation/session';

// The child's id only says which page to return to; the use case scopes the session itself.
const ZMarkHomeSessionSchema = ZRecordHomeSessionSchema.and(z.object({ patientId: recordId('Choose the child.') }));

export const recordHomeSessionAction = defineAction({
  schema: ZMarkHomeSessionSchema,
  run: (input, actor) => recordSession(actor, toSessionOutcome(input), clinicToday()),
  onSuccess: (result, input) => {
    const childPath = `/children/${encodeURIComponent(input.patientId)}`;
    revalidatePath('/children');
    revalidatePath(childPath);
    revalidatePath(`/courses/${result.courseId}`);
    redirect(
      recordedOutcomeHref(childPath, {
        outcome: input.outcome,
        makeUpOn: result.makeUpOn,
        resumesOn: result.resumesOn,
        isCourseComplete: result.isCourseComplete,
      }),
    );
  },
});

/**
 * The home routine's steps for the child page's fold, fetched when it is opened, through the
 * parent's own scope (another family's child is not found, as on the page).
 */
export async function loadHomeRoutineAction(patientId: string): Promise<CompactRoutine | null> {
  const actor = await requireUser();
  const id = recordId('Choose the child.').safeParse(patientId);
  if (!id.success) return null;
  const current = currentCourseOf((await getPatient(actor, id.data)).courses);
  if (!current) return null;
  const course = await getCourse(actor, current.id);
  return course.location === 'HOME' ? compactRoutine(parentHomeSteps(course.routine, true)) : null;
}
