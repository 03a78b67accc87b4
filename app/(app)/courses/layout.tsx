import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';

// The course page's forms (cancel, reinstate, hand over), and the validation messages they check
// with: only their words, not the whole courses catalog (the prescription form's alone is some
// 7 kB), which every course page would otherwise carry in its flight data (issue 11).
export default function CoursesLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      include={['courses.cancelForm', 'courses.reinstateForm', 'courses.reassignForm', ...VALIDATION_CLIENT_MESSAGES]}
    >
      {children}
    </ClientMessages>
  );
}
