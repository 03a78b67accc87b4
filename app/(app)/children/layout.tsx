import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The home-session form's "well today" and a cancelled course's note (client components on the
// family's pages): only those parts, as the parent page has an HTML budget.
export default function ChildrenLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['sessions.wellToday', 'courses.cancellation']}>{children}</ClientMessages>;
}
