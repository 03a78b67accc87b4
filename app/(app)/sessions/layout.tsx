import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The recording and correction forms' words.
export default function SessionsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['sessions']}>{children}</ClientMessages>;
}
