import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireUser } from '@/lib/auth/session';
import { signOutEverywhereAction } from './actions';

// Every signed-in page lives under this layout; each page still checks its own permission.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  return (
    <AppShell actor={actor} signOutEverywhereAction={signOutEverywhereAction}>
      {children}
    </AppShell>
  );
}
