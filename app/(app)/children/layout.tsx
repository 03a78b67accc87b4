import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// A cancelled course's note (a client component on the family's pages; the record forms fetch their
// words when opened, see record-session-disclosure.tsx): only that, as the parent page has an HTML budget.
export default function ChildrenLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['courses.cancellation']}>{children}</ClientMessages>;
}
