import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { can, PAGE_PERMISSIONS, type PageRoute } from '@/lib/auth/policy';
import { SignOutEverywhereForm } from '@/components/auth/sign-out-everywhere-form';
import { SignOutForm } from '@/components/layout/sign-out-form';
import type { FormAction } from '@/components/ui/use-action-form';
import type { Messages } from '@/lib/i18n/messages';
import { LanguageSwitcher } from './language-switcher';

type NavItem = { href: PageRoute; label: NavLabel };
type NavLabel = Exclude<keyof Messages['layout']['nav'], 'label'>;

// A link shows when the page guard would let the role in; every page and use case checks again.
const NAV_ITEMS: readonly NavItem[] = [
  { href: '/dashboard', label: 'dashboard' },
  { href: '/patients', label: 'patients' },
  { href: '/due', label: 'due' },
  { href: '/review', label: 'review' },
  { href: '/sessions', label: 'sessions' },
  { href: '/children', label: 'children' },
  { href: '/guidelines', label: 'guidelines' },
  { href: '/admin/users', label: 'users' },
  { href: '/admin/settings', label: 'settings' },
  { href: '/admin/access-log', label: 'accessLog' },
];

type Props = {
  actor: Actor;
  /** How many things need the actor's attention; null for a role without the list. */
  attentionCount: number | null;
  signOutEverywhereAction: FormAction;
  /** Ends this browser's session; a plain form, so no script is needed for it. */
  signOutAction: FormAction;
  chooseLocaleAction: FormAction;
  children: ReactNode;
};

/**
 * The needs-attention link with its count: in the bar itself on a phone (not behind "Menu": the
 * count is the point), among the links from the md breakpoint.
 */
async function AttentionLink({ count, className }: { count: number; className: string }) {
  const t = await getTranslations('layout');
  return (
    <Link
      href="/attention"
      className={`flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 md:min-h-0 md:py-2 ${className}`}
    >
      {t('needsAttention')}
      <span
        className={`min-w-6 rounded-full px-2 py-0.5 text-center text-xs font-bold ${count > 0 ? 'bg-amber-700 text-white' : 'bg-slate-200 text-slate-700'}`}
      >
        {count}
      </span>
    </Link>
  );
}

/**
 * One compact bar: on a phone the links and the account sit behind "Menu" (a native disclosure,
 * so it works before any script runs); from the md breakpoint the disclosure's content is shown
 * in the bar and its summary hidden. Rendered once, not once per layout: the parent's page has an
 * HTML budget.
 */
export async function AppShell({
  actor,
  attentionCount,
  signOutEverywhereAction,
  signOutAction,
  chooseLocaleAction,
  children,
}: Props) {
  const t = await getTranslations();
  const items = NAV_ITEMS.filter((item) => can(actor.role, PAGE_PERMISSIONS[item.href]));
  const links = (
    <nav aria-label={t('layout.nav.label')} className="flex flex-col gap-1 md:flex-auto md:flex-row md:flex-wrap">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {t(`layout.nav.${item.label}`)}
        </Link>
      ))}
      {attentionCount === null ? null : <AttentionLink count={attentionCount} className="max-md:hidden" />}
    </nav>
  );
  const account = (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 md:ml-auto">
      <span>
        {actor.name} <span className="text-slate-600">· {t(`common.roles.${actor.role}`)}</span>
      </span>
      <SignOutForm action={signOutAction} />
      <SignOutEverywhereForm action={signOutEverywhereAction} />
      <LanguageSwitcher action={chooseLocaleAction} />
    </div>
  );
  return (
    <div className="min-h-screen">
      <header className="no-print relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-2 md:flex-wrap md:gap-y-2">
          <Link href="/" className="py-2 text-base font-bold text-brand-700">
            {t('common.appName')}
          </Link>
          {attentionCount === null ? null : <AttentionLink count={attentionCount} className="ml-auto md:hidden" />}
          <details
            className={`md:flex-1 md:[&::details-content]:[content-visibility:visible] ${attentionCount === null ? 'ml-auto md:ml-0' : ''}`}
          >
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 ring-1 ring-slate-300 md:hidden [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true">☰</span> {t('layout.menu')}
            </summary>
            <div className="absolute inset-x-0 top-full z-20 space-y-3 border-b border-slate-200 bg-white px-4 py-3 shadow-md md:static md:flex md:flex-wrap md:items-center md:gap-x-6 md:gap-y-2 md:space-y-0 md:border-0 md:p-0 md:shadow-none">
              {links}
              {account}
            </div>
          </details>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
