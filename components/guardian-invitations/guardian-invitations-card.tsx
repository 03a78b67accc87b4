import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDateTime } from '@/lib/i18n/format';
import type { GuardianInvitationRow } from '@/lib/server/guardian-invitations/list-guardian-invitations';
import { InviteGuardianForm } from './invite-guardian-form';
import { RevokeLinkForm } from '@/components/link-tokens/revoke-link-form';

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
export async function GuardianInvitationsCard({
  patientId,
  firstName,
  invitations,
  inviteAction,
  revokeAction,
  locale,
  timeZone,
}: Props) {
  const t = await getTranslations('invitations.card');
  return (
    <Card title={t('title')}>
      <p className="mb-4 text-sm text-slate-600">{t('intro', { firstName })}</p>
      <InviteGuardianForm
        action={inviteAction}
        patientId={patientId}
        labels={{
          link: t('form.link'),
          name: t('form.name'),
          email: t('form.email'),
          emailHint: t('form.emailHint'),
          pending: t('form.pending'),
          submit: t('form.submit'),
        }}
      />
      {invitations.length > 0 ? (
        <ul className="mt-6 divide-y divide-slate-200" aria-label={t('list')}>
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {invitation.name}{' '}
                  <Badge tone={invitation.state === 'ACCEPTED' ? 'good' : 'neutral'}>
                    {t('state', { state: invitation.state })}
                  </Badge>
                </p>
                <p className="break-words text-slate-600">{invitation.email}</p>
                <p className="text-slate-600">
                  {invitation.state === 'ACCEPTED' && invitation.acceptedAt
                    ? t('accepted', { date: formatDateTime(invitation.acceptedAt, locale, timeZone) })
                    : invitation.state === 'PENDING'
                      ? t('worksUntil', { date: formatDateTime(invitation.expiresAt, locale, timeZone) })
                      : t('made', { date: formatDateTime(invitation.createdAt, locale, timeZone) })}
                </p>
              </div>
              {invitation.state === 'PENDING' ? (
                <RevokeLinkForm
                  action={revokeAction}
                  fields={{ patientId, invitationId: invitation.id }}
                  labels={{
                    title: t('revoke.title', { name: invitation.name }),
                    description: t('revoke.description'),
                    confirm: t('revoke.confirm'),
                    cancel: t('revoke.cancel'),
                    button: t('revoke.button'),
                    buttonDetail: t('revoke.buttonDetail', { name: invitation.name }),
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
