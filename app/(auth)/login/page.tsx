import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ROLE_HOME } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { isSessionEndReason, SESSION_END_MESSAGES } from '@/lib/domain/session-lifetime';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string | string[] }> }) {
  const actor = await getCurrentUser();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const { reason } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-bold text-slate-900">Infant massage clinic</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">Sign in to continue.</p>
        {isSessionEndReason(reason) ? (
          <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {SESSION_END_MESSAGES[reason]}
          </p>
        ) : null}
        <SignInForm />
      </div>
    </main>
  );
}
