import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';

// The invitation's accept forms (client components): only their words and the validation messages.
export default function InvitationsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages include={['invitations.acceptForm', ...VALIDATION_CLIENT_MESSAGES]}>{children}</ClientMessages>
  );
}
