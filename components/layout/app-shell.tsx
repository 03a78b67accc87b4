import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { can, PAGE_PERMISSIONS, ROLE_LABELS, type PageRoute } from '@/lib/auth/policy';
import { SignOutEverywhereForm } from '@/components/auth/sign-out-everywhere-form';
import { SignOutForm } from '@/components/layout/sign-out-form';
import type { FormAction } from '@/components/ui/use-action-form';

type NavItem = { href: PageRoute; label: string };

// A link shows when the page guard would let the role in; every page and use case checks again.
const NAV_ITEMS: readonly NavItem[] = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/patients', label: 'Patients' },
  { href: '/due', label: 'Due for a course' },
  { href: '/review', label: 'Record review' },
  { href: '/sessions', label: 'My sessions' },
  { href: '/children', label: 'My children' },
  { href: '/guidelines', label: 'Guidelines' },
  { href: '/admin/users', label: 'Staff & parents' },
  { href: '/admin/settings', label: 'Clinic settings' },
  { href: '/admin/access-log', label: 'Access log' },
];

type Props = {
  actor: Actor;
  /** How many things need the actor's attention; null for a role without the list. */
  attentionCount: number | null;
  signOutEverywhereAction: FormAction;
  /** Ends this browser's session; a plain form, so no script is needed for it. */
  signOutAction: () => Promise<void>;
  children: ReactNode;
};

/**
 * The needs-attention link with its count: in the bar itself on a phone (not behind "Menu": the
 * count is the point), among the links from the md breakpoint.
 */
function AttentionLink({ count, className }: { count: number; className: string }) {
  return (
    <Link
      href="/attention"
      className={`flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 md:min-h-0 md:py-2 ${className}`}
    >
      Needs attention
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
 * so it works before any script runs); from the md breakpoint they are laid out in the bar.
 */
export function AppShell({ actor, attentionCount, signOutEverywhereAction, signOutAction, children }: Props) {
  const items = NAV_ITEMS.filter((item) => can(actor.role, PAGE_PERMISSIONS[item.href]));
  const links = (
    <nav aria-label="Main" className="flex flex-col gap-1 md:flex-1 md:flex-row md:flex-wrap">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {item.label}
        </Link>
      ))}
      {attentionCount === null ? null : <AttentionLink count={attentionCount} className="max-md:hidden" />}
    </nav>
  );
  const account = (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
      <span>
        {actor.name} <span className="text-slate-600">· {ROLE_LABELS[actor.role]}</span>
      </span>
      <SignOutForm action={signOutAction} />
      <SignOutEverywhereForm action={signOutEverywhereAction} />
    </div>
  );
  return (
    <div className="min-h-screen">
      <header className="no-print relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-2 md:flex-wrap md:gap-y-2">
          <Link href="/" className="py-2 text-base font-bold text-brand-700">
            Infant massage clinic
          </Link>
          {attentionCount === null ? null : <AttentionLink count={attentionCount} className="ml-auto md:hidden" />}
          <details className={`group md:hidden ${attentionCount === null ? 'ml-auto' : ''}`}>
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 ring-1 ring-slate-300 [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true">☰</span> Menu
            </summary>
            <div className="absolute inset-x-0 top-full z-20 space-y-3 border-b border-slate-200 bg-white px-4 py-3 shadow-md">
              {links}
              {account}
            </div>
          </details>
          <div className="hidden md:contents">
            {links}
            {account}
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
