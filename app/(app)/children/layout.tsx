import type { ReactNode } from 'react';
import { HOME_SESSION_FORM_MESSAGES } from '@/components/children/home-session-form-messages';
import { ClientMessages } from '@/components/i18n/client-messages';

// The home-session form and a cancelled course's note (client components on the family's pages):
// only those parts, as the parent page has an HTML budget.
export default function ChildrenLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={[...HOME_SESSION_FORM_MESSAGES, 'courses.cancellation']}>{children}</ClientMessages>;
}
