import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The sign-in form's words: only the sign-in page needs them, not every signed-in page.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['auth']}>{children}</ClientMessages>;
}
