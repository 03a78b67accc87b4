'use server';

import { revalidatePath } from 'next/cache';
import { translatable } from '@/lib/i18n/translatable';
import { defineAction } from '@/lib/actions/define-action';
import { calendarFeedPath } from '@/lib/domain/calendar-feeds';
import { guardianInvitationPath } from '@/lib/domain/guardian-invitations';
import { createCalendarFeed } from '@/lib/server/calendar-feeds/create-calendar-feed';
import { revokeCalendarFeed } from '@/lib/server/calendar-feeds/revoke-calendar-feed';
import { createCareLink } from '@/lib/server/care-links/create-care-link';
import { revokeCareLink } from '@/lib/server/care-links/revoke-care-link';
import { inviteGuardian } from '@/lib/server/guardian-invitations/invite-guardian';
import { revokeGuardianInvitation } from '@/lib/server/guardian-invitations/revoke-guardian-invitation';
import { ZChildCalendarFeedSchema, ZRevokeChildCalendarFeedSchema } from '@/lib/validation/calendar-feed';
import { ZCreateCareLinkSchema, ZRevokeCareLinkSchema } from '@/lib/validation/care-link';
import { ZInviteGuardianSchema, ZRevokeGuardianInvitationSchema } from '@/lib/validation/guardian-invitation';

/** The page these actions change: the lists of links and invitations it shows. */
const sharingPath = (patientId: string) => `/children/${encodeURIComponent(patientId)}/sharing`;

export const createCareLinkAction = defineAction({
  schema: ZCreateCareLinkSchema,
  run: (input, actor) => createCareLink(actor, input),
  onSuccess: ({ token }, input) => {
    revalidatePath(sharingPath(input.patientId));
    return {
      status: 'success',
      message: translatable('children.sharing.done.careLinkCreated', { name: input.caregiverName }),
      shownOnce: `/care/${token}`,
    };
  },
});

export const revokeCareLinkAction = defineAction({
  schema: ZRevokeCareLinkSchema,
  run: (input, actor) => revokeCareLink(actor, input.careLinkId),
  onSuccess: (_result, input) => {
    revalidatePath(sharingPath(input.patientId));
    return { status: 'success', message: translatable('children.sharing.done.careLinkRevoked') };
  },
});

export const createChildCalendarFeedAction = defineAction({
  schema: ZChildCalendarFeedSchema,
  run: (input, actor) => createCalendarFeed(actor, input.patientId),
  onSuccess: ({ token }, input) => {
    revalidatePath(sharingPath(input.patientId));
    return {
      status: 'success',
      message: translatable('calendar.done.feedCreated'),
      shownOnce: calendarFeedPath(token),
    };
  },
});

export const revokeChildCalendarFeedAction = defineAction({
  schema: ZRevokeChildCalendarFeedSchema,
  run: (input, actor) => revokeCalendarFeed(actor, input.feedId),
  onSuccess: (_result, input) => {
    revalidatePath(sharingPath(input.patientId));
    return { status: 'success', message: translatable('calendar.done.feedRevoked') };
  },
});

export const inviteGuardianAction = defineAction({
  schema: ZInviteGuardianSchema,
  run: (input, actor) => inviteGuardian(actor, input),
  onSuccess: ({ token }, input) => {
    revalidatePath(sharingPath(input.patientId));
    return {
      status: 'success',
      message: translatable('children.sharing.done.invitationCreated', { name: input.name }),
      shownOnce: guardianInvitationPath(token),
    };
  },
});

export const revokeGuardianInvitationAction = defineAction({
  schema: ZRevokeGuardianInvitationSchema,
  run: (input, actor) => revokeGuardianInvitation(actor, input.invitationId),
  onSuccess: (_result, input) => {
    revalidatePath(sharingPath(input.patientId));
    return { status: 'success', message: translatable('children.sharing.done.invitationRevoked') };
  },
});
