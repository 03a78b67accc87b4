import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The course page's forms (cancel, reinstate, hand over).
export default function CoursesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['courses']}>{children}</ClientMessages>;
}
