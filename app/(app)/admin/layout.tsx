import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';

// The account and settings forms' words and the role names the new-account form offers; the
// validation messages the forms check with, and the rule book's own about the clinic defaults
// (validateClinicDefaults, run by the settings schema). The sources the clinic defaults cite are
// drawn on the server (clinicDefaultsGroups).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      include={['admin', 'settings', 'common.roles', 'prescription.clinicDefaults', ...VALIDATION_CLIENT_MESSAGES]}
    >
      {children}
    </ClientMessages>
  );
}
