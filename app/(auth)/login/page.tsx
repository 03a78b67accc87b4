import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { ROLE_HOME } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { isSessionEndReason } from '@/lib/domain/session-lifetime';
import { chooseLocaleAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string | string[] }> }) {
  const actor = await getCurrentUser();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const [{ reason }, t] = await Promise.all([searchParams, getTranslations('auth')]);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-bold text-slate-900">{t('signIn.heading')}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t('signIn.intro')}</p>
        {isSessionEndReason(reason) ? (
          <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t(`sessionEnded.${reason}`)}
          </p>
        ) : null}
        <SignInForm />
      </div>
      <LanguageSwitcher action={chooseLocaleAction} />
    </main>
  );
}
