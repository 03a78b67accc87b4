'use server';

import { definePublicAction } from '@/lib/actions/define-action';
import { getCurrentUser } from '@/lib/auth/session';
import { rememberLocale } from '@/lib/server/users/remember-locale';
import { saveLocale } from '@/lib/server/users/save-locale';
import { ZChooseLocaleSchema } from '@/lib/validation/locale';

/**
 * The language switcher (header and sign-in page): remembered in this browser, and saved on the
 * account when someone is signed in. Setting a cookie in an action makes Next render the page
 * again, so it comes back in the new language.
 */
export const chooseLocaleAction = definePublicAction({
  schema: ZChooseLocaleSchema,
  run: async ({ locale }) => {
    await rememberLocale(locale);
    const actor = await getCurrentUser();
    if (actor) await saveLocale(actor, locale);
  },
  onSuccess: () => ({ status: 'idle' }),
});
