import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';

// The course page's forms (cancel, reinstate, hand over), and the validation messages they check with.
export default function CoursesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['courses', ...VALIDATION_CLIENT_MESSAGES]}>{children}</ClientMessages>;
}
