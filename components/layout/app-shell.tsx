import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { can, ROLE_LABELS, type Permission } from '@/lib/auth/policy';
import { SignOutButton } from './sign-out-button';

type NavItem = { href: string; label: string; permission: Permission };

// Links are a convenience; every page and action checks its permission on the server again.
const NAV_ITEMS: readonly NavItem[] = [
  { href: '/patients', label: 'Patients', permission: 'VIEW_PATIENTS' },
  { href: '/due', label: 'Due for a course', permission: 'PRESCRIBE_COURSE' },
  { href: '/sessions', label: 'My sessions', permission: 'RECORD_CLINIC_SESSION' },
  { href: '/children', label: 'My children', permission: 'VIEW_OWN_CHILDREN' },
  { href: '/guidelines', label: 'Guidelines', permission: 'VIEW_GUIDELINES' },
  { href: '/admin/users', label: 'Staff & parents', permission: 'MANAGE_USERS' },
  { href: '/admin/settings', label: 'Clinic settings', permission: 'MANAGE_CLINIC_SETTINGS' },
];

export function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const items = NAV_ITEMS.filter((item) => can(actor.role, item.permission));
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-base font-bold text-brand-700">
            Infant massage clinic
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
            {items.map((item) => (
              <Link key={item.href} href={item.href} className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-2 text-sm text-slate-600">
            <span>
              {actor.name} <span className="text-slate-400">· {ROLE_LABELS[actor.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
