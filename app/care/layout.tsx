import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The home-session form's "well today" (a client component on the caregiver's pages).
export default function CareLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['sessions.wellToday', 'courses.cancellation']}>{children}</ClientMessages>;
}
