import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';

// The recording, correction and time forms' words, and the validation messages they check with.
export default function SessionsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['sessions', ...VALIDATION_CLIENT_MESSAGES]}>{children}</ClientMessages>;
}
