import type { ReactNode } from 'react';
import { HOME_SESSION_FORM_MESSAGES } from '@/components/children/home-session-form-messages';
import { ClientMessages } from '@/components/i18n/client-messages';

// The home-session form and a cancelled course's note (client components on the caregiver's pages).
export default function CareLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={[...HOME_SESSION_FORM_MESSAGES, 'courses.cancellation']}>{children}</ClientMessages>;
}
