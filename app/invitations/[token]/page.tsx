import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AcceptAsSignedInForm } from '@/components/guardian-invitations/accept-as-signed-in-form';
import { AcceptInvitationForm } from '@/components/guardian-invitations/accept-invitation-form';
import { SignOutForm } from '@/components/layout/sign-out-form';
import { signOutAction } from '@/app/(app)/actions';
import { ACCOUNTS } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { INVITATION_THROTTLED } from '@/lib/server/guardian-invitations/accept-guardian-invitation';
import { openGuardianInvitation } from '@/lib/server/guardian-invitations/open-guardian-invitation';
import { requestAddress } from '@/lib/server/link-tokens/request-address';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { acceptInvitationAction, acceptInvitationWithNewAccountAction } from './actions';

export const metadata: Metadata = { title: 'Your invitation' };

type Props = { params: Promise<{ token: string }> };

/**
 * An invitation to become a child's guardian, opened by its link with or without signing in: a new
 * account for the invited e-mail, or the existing parent account once signed in with it.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const opening = await openGuardianInvitation(token, await requestAddress());
  if (opening.status === 'THROTTLED')
    return (
      <main className="mx-auto max-w-md px-4 py-16 text-center">
        <p role="alert" className="text-slate-700">
          {INVITATION_THROTTLED}
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
        <h1 className="text-xl font-bold text-slate-900">Follow {invitation.childFirstName}’s massage course</h1>
        <p className="text-sm text-slate-700">
          You are invited to be a guardian of {invitation.childFirstName} at {clinic.clinicName}: with your own account
          you see the course, its calendar and the home routine, and record home sessions.
        </p>
        {actor ? (
          isInvitedParent ? (
            <AcceptAsSignedInForm
              action={acceptInvitationAction.bind(null, token)}
              childFirstName={invitation.childFirstName}
            />
          ) : (
            <div className="space-y-3 text-sm text-slate-700">
              <p>
                You are signed in as {actor.email}, and this invitation is for {invitation.email}. Sign out, then open
                this link again.
              </p>
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
            You already have an account with {invitation.email}.{' '}
            <Link href="/login" className="font-medium text-brand-700 underline">
              Sign in
            </Link>{' '}
            with it, then open this link again to add {invitation.childFirstName} to it.
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            The account with {invitation.email} cannot take this invitation. Please call the clinic.
          </p>
        )}
      </div>
    </main>
  );
}
