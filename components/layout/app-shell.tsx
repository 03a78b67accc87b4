import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { can, PAGE_PERMISSIONS, ROLE_LABELS, type PageRoute } from '@/lib/auth/policy';
import { SignOutEverywhereForm } from '@/components/auth/sign-out-everywhere-form';
import type { FormAction } from '@/components/ui/use-action-form';
import { SignOutButton } from './sign-out-button';

type NavItem = { href: PageRoute; label: string };

// A link shows when the page guard would let the role in; every page and use case checks again.
const NAV_ITEMS: readonly NavItem[] = [
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

type Props = { actor: Actor; signOutEverywhereAction: FormAction; children: ReactNode };

export function AppShell({ actor, signOutEverywhereAction, children }: Props) {
  const items = NAV_ITEMS.filter((item) => can(actor.role, PAGE_PERMISSIONS[item.href]));
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-base font-bold text-brand-700">
            Infant massage clinic
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
            {items.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-2 text-sm text-slate-600">
            <span>
              {actor.name} <span className="text-slate-400">· {ROLE_LABELS[actor.role]}</span>
            </span>
            <SignOutButton />
            <SignOutEverywhereForm action={signOutEverywhereAction} />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
