import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// A cancelled course's note (the record forms fetch their words when opened, see record-session-disclosure.tsx).
export default function CareLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['courses.cancellation']}>{children}</ClientMessages>;
}
