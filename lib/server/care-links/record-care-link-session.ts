import 'server-only';
import { careLinkSessionScope } from '@/lib/auth/policy';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { AppError } from '@/lib/errors';
import { recordSessionAs, type RecordSessionResult, type SessionOutcome } from '@/lib/server/sessions/record-session';
import { openCareLink } from './open-care-link';

export const CARE_LINK_REFUSED = 'This link no longer works. Ask the child’s parent for a new one.';
export const CARE_LINK_THROTTLED = 'Too many links were tried from here. Wait a while and try again.';

/**
 * A caregiver records a home session through the link: the same rules and path as a parent
 * (recordSessionAs), for that child's home sessions only, under the caregiver's name and the link.
 */
export async function recordCareLinkSession(
  token: string,
  address: string | null,
  outcome: SessionOutcome,
  today: IsoDate,
): Promise<RecordSessionResult> {
  const opening = await openCareLink(token, address);
  if (opening.status === 'THROTTLED') throw new AppError('FORBIDDEN', CARE_LINK_THROTTLED);
  if (opening.status === 'REFUSED') throw new AppError('NOT_FOUND', CARE_LINK_REFUSED);
  const { link } = opening;
  return recordSessionAs(
    {
      scope: careLinkSessionScope(link),
      auditActor: null,
      stamp: { recordedByCareLinkId: link.id, recordedByCaregiverName: link.caregiverName },
    },
    outcome,
    today,
  );
}
