import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The invitation's accept forms (client components): only their words.
export default function InvitationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['invitations.acceptForm']}>{children}</ClientMessages>;
}
