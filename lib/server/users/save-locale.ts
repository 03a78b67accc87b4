import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * Saves the interface language on the actor's own account, so it follows them to another
 * browser. Not audited: it changes no record and nobody else's account, only how pages read.
 */
export async function saveLocale(actor: Actor, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
}

/**
 * At sign-in, an account with no saved language takes the one this browser was switched to (on
 * the sign-in page), so the choice follows the person from then on. A saved choice is never
 * overwritten here: on a shared computer, the last person's cookie must not change the next one's.
 */
export async function adoptBrowserLocale(userId: string, browserLocale: string | undefined): Promise<void> {
  if (!isLocale(browserLocale)) return;
  await db.user.updateMany({ where: { id: userId, locale: null }, data: { locale: browserLocale } });
}
