import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The patient, indication and prescription forms' words.
export default function PatientsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['patients', 'indications', 'courses']}>{children}</ClientMessages>;
}
