import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickClientMessages, type ClientMessagePath, type Messages } from '@/lib/i18n/messages';
import { WithMoreMessages } from './with-more-messages';

/**
 * Gives a route's client components the words they read, on top of every page's: used by the
 * route's layout, so a page's HTML carries its own feature's messages and no other's, and only
 * these (every page's words are already in the root layout's provider).
 */
export async function ClientMessages({
  include,
  children,
}: {
  include: readonly ClientMessagePath[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  return <WithMoreMessages messages={pickClientMessages(messages, include)}>{children}</WithMoreMessages>;
}
