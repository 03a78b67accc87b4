'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordId } from '@/lib/validation/fields';
import { recordedOutcomeHref } from '@/components/sessions/recorded-notice';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { calendarFeedPath } from '@/lib/domain/calendar-feeds';
import { createCalendarFeed } from '@/lib/server/calendar-feeds/create-calendar-feed';
import { revokeCalendarFeed } from '@/lib/server/calendar-feeds/revoke-calendar-feed';
import { createCareLink } from '@/lib/server/care-links/create-care-link';
import { guardianInvitationPath } from '@/lib/domain/guardian-invitations';
import { inviteGuardian } from '@/lib/server/guardian-invitations/invite-guardian';
import { revokeGuardianInvitation } from '@/lib/server/guardian-invitations/revoke-guardian-invitation';
import { revokeCareLink } from '@/lib/server/care-links/revoke-care-link';
import { recordSession } from '@/lib/server/sessions/record-session';
import { toSessionOutcome } from '@/lib/validation/home-session-outcome';
import { ZChildCalendarFeedSchema, ZRevokeChildCalendarFeedSchema } from '@/lib/validation/calendar-feed';
import { ZCreateCareLinkSchema, ZRevokeCareLinkSchema } from '@/lib/validation/care-link';
import { ZInviteGuardianSchema, ZRevokeGuardianInvitationSchema } from '@/lib/validation/guardian-invitation';
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

export const createCareLinkAction = defineAction({
  schema: ZCreateCareLinkSchema,
  run: (input, actor) => createCareLink(actor, input),
  onSuccess: ({ token }, input) => {
    revalidatePath(`/children/${encodeURIComponent(input.patientId)}`);
    return {
      status: 'success',
      message: `Send this link to ${input.caregiverName}. It is shown only now: copy it before you leave the page.`,
      shownOnce: `/care/${token}`,
    };
  },
});

export const revokeCareLinkAction = defineAction({
  schema: ZRevokeCareLinkSchema,
  run: (input, actor) => revokeCareLink(actor, input.careLinkId),
  onSuccess: (_result, input) => {
    revalidatePath(`/children/${encodeURIComponent(input.patientId)}`);
    return { status: 'success', message: 'The link no longer works.' };
  },
});

export const createChildCalendarFeedAction = defineAction({
  schema: ZChildCalendarFeedSchema,
  run: (input, actor) => createCalendarFeed(actor, input.patientId),
  onSuccess: ({ token }, input) => {
    revalidatePath(`/children/${encodeURIComponent(input.patientId)}`);
    return {
      status: 'success',
      message: 'Add this link to your calendar app. It is shown only now: copy it before you leave the page.',
      shownOnce: calendarFeedPath(token),
    };
  },
});

export const revokeChildCalendarFeedAction = defineAction({
  schema: ZRevokeChildCalendarFeedSchema,
  run: (input, actor) => revokeCalendarFeed(actor, input.feedId),
  onSuccess: (_result, input) => {
    revalidatePath(`/children/${encodeURIComponent(input.patientId)}`);
    return { status: 'success', message: 'The calendar link no longer works.' };
  },
});

export const inviteGuardianAction = defineAction({
  schema: ZInviteGuardianSchema,
  run: (input, actor) => inviteGuardian(actor, input),
  onSuccess: ({ token }, input) => {
    revalidatePath(`/children/${encodeURIComponent(input.patientId)}`);
    return {
      status: 'success',
      message: `Give this link to ${input.name}; the app sends no e-mail. It is shown only now: copy it before you leave the page.`,
      shownOnce: guardianInvitationPath(token),
    };
  },
});

export const revokeGuardianInvitationAction = defineAction({
  schema: ZRevokeGuardianInvitationSchema,
  run: (input, actor) => revokeGuardianInvitation(actor, input.invitationId),
  onSuccess: (_result, input) => {
    revalidatePath(`/children/${encodeURIComponent(input.patientId)}`);
    return { status: 'success', message: 'The invitation no longer works.' };
  },
});
