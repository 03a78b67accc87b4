import type { ReactNode } from 'react';
import { PatientFormsMessages } from '@/components/patients/patient-forms-messages';

export default function PatientFormsLayout({ children }: { children: ReactNode }) {
  return <PatientFormsMessages>{children}</PatientFormsMessages>;
}
