import 'server-only';
import { careLinkSessionScope } from '@/lib/auth/policy';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { AppError } from '@/lib/errors';
import { recordSessionAs, type RecordSessionResult, type SessionOutcome } from '@/lib/server/sessions/record-session';
import { openCareLink } from './open-care-link';
import { translatable } from '@/lib/i18n/translatable';

const CARE_LINK_REFUSED = translatable('errors.refusal.careLinkRefused');
const CARE_LINK_THROTTLED = translatable('errors.refusal.linksThrottled');

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
