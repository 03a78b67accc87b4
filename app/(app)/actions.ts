'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { signOutEverywhere } from '@/lib/server/users/auth-sessions';

/** The header's "Sign out everywhere": every session of the signed-in person, this one too. */
export const signOutEverywhereAction = defineAction({
  schema: z.object({}),
  run: (_input, actor) => signOutEverywhere(actor, actor.id),
  onSuccess: () => redirect('/login?reason=revoked'),
});
