import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { countAttention } from '@/lib/server/alerts/list-alerts';
import { chooseLocaleAction } from '../actions';
import { signOutAction, signOutEverywhereAction } from './actions';

// Every signed-in page lives under this layout; each page still checks its own permission.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  const attentionCount = can(actor.role, 'VIEW_ALERTS') ? await countAttention(actor, clinicToday()) : null;
  return (
    <AppShell
      actor={actor}
      attentionCount={attentionCount}
      signOutEverywhereAction={signOutEverywhereAction}
      signOutAction={signOutAction}
      chooseLocaleAction={chooseLocaleAction}
    >
      {children}
    </AppShell>
  );
}
