import { Badge, Card } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-action-form';
import { GUARDIAN_INVITATION_STATE_LABELS } from '@/lib/domain/guardian-invitations';
import { formatDateTime } from '@/lib/i18n/format';
import type { GuardianInvitationRow } from '@/lib/server/guardian-invitations/list-guardian-invitations';
import { InviteGuardianForm } from './invite-guardian-form';
import { RevokeGuardianInvitationForm } from './revoke-guardian-invitation-form';

type Props = {
  patientId: string;
  firstName: string;
  invitations: GuardianInvitationRow[];
  inviteAction: FormAction;
  revokeAction: FormAction;
  locale: string;
  timeZone: string;
};

/** A parent invites a second guardian (a full account of their own) and follows the invitations. */
export function GuardianInvitationsCard({
  patientId,
  firstName,
  invitations,
  inviteAction,
  revokeAction,
  locale,
  timeZone,
}: Props) {
  return (
    <Card title="Invite another guardian">
      <p className="mb-4 text-sm text-slate-600">
        Another parent or guardian of {firstName} can have an account of their own and see everything you see here. The
        app sends no e-mail: make an invitation link and give it to them yourself. It works once, for 14 days.
      </p>
      <InviteGuardianForm action={inviteAction} patientId={patientId} />
      {invitations.length > 0 ? (
        <ul className="mt-6 divide-y divide-slate-200" aria-label="Guardian invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {invitation.name}{' '}
                  <Badge tone={invitation.state === 'ACCEPTED' ? 'good' : 'neutral'}>
                    {GUARDIAN_INVITATION_STATE_LABELS[invitation.state]}
                  </Badge>
                </p>
                <p className="break-words text-slate-600">{invitation.email}</p>
                <p className="text-slate-600">
                  {invitation.state === 'ACCEPTED' && invitation.acceptedAt
                    ? `Accepted ${formatDateTime(invitation.acceptedAt, locale, timeZone)}`
                    : invitation.state === 'PENDING'
                      ? `Works until ${formatDateTime(invitation.expiresAt, locale, timeZone)}`
                      : `Made ${formatDateTime(invitation.createdAt, locale, timeZone)}`}
                </p>
              </div>
              {invitation.state === 'PENDING' ? (
                <RevokeGuardianInvitationForm
                  action={revokeAction}
                  patientId={patientId}
                  invitationId={invitation.id}
                  name={invitation.name}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
