import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AcceptAsSignedInForm } from '@/components/guardian-invitations/accept-as-signed-in-form';
import { AcceptInvitationForm } from '@/components/guardian-invitations/accept-invitation-form';
import { SignOutForm } from '@/components/layout/sign-out-form';
import { signOutAction } from '@/app/(app)/actions';
import { ACCOUNTS } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { openGuardianInvitation } from '@/lib/server/guardian-invitations/open-guardian-invitation';
import { requestAddress } from '@/lib/server/link-tokens/request-address';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { acceptInvitationAction, acceptInvitationWithNewAccountAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('invitations.accept');
  return { title: t('metadataTitle') };
}

type Props = { params: Promise<{ token: string }> };

/**
 * An invitation to become a child's guardian, opened by its link with or without signing in: a new
 * account for the invited e-mail, or the existing parent account once signed in with it.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const opening = await openGuardianInvitation(token, await requestAddress());
  const t = await getTranslations('invitations.accept');
  if (opening.status === 'THROTTLED')
    return (
      <main className="mx-auto max-w-md px-4 py-16 text-center">
        <p role="alert" className="text-slate-700">
          {t('throttled')}
        </p>
      </main>
    );
  if (opening.status === 'REFUSED') notFound();
  const { invitation } = opening;
  const [actor, clinic] = await Promise.all([getCurrentUser(), getClinicProfile()]);
  const isInvitedParent =
    actor?.role === ACCOUNTS.guardians.role && actor.email.toLowerCase() === invitation.email.toLowerCase();

  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <div className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-bold text-slate-900">
          {t('heading', { childFirstName: invitation.childFirstName })}
        </h1>
        <p className="text-sm text-slate-700">
          {t('intro', { childFirstName: invitation.childFirstName, clinicName: clinic.clinicName })}
        </p>
        {actor ? (
          isInvitedParent ? (
            <AcceptAsSignedInForm
              action={acceptInvitationAction.bind(null, token)}
              childFirstName={invitation.childFirstName}
            />
          ) : (
            <div className="space-y-3 text-sm text-slate-700">
              <p>{t('otherAccount', { signedInEmail: actor.email, invitedEmail: invitation.email })}</p>
              <SignOutForm action={signOutAction} />
            </div>
          )
        ) : invitation.account === 'NONE' ? (
          <AcceptInvitationForm
            action={acceptInvitationWithNewAccountAction.bind(null, token)}
            email={invitation.email}
            suggestedName={invitation.name}
          />
        ) : invitation.account === 'PARENT' ? (
          <p className="text-sm text-slate-700">
            {t.rich('hasAccount', {
              email: invitation.email,
              childFirstName: invitation.childFirstName,
              signIn: (chunks) => (
                <Link href="/login" className="font-medium text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          <p className="text-sm text-slate-700">{t('cannotAccept', { email: invitation.email })}</p>
        )}
      </div>
    </main>
  );
}
