import type { ReactNode } from 'react';
import { PatientFormsMessages } from '@/components/patients/patient-forms-messages';

// The forms' words here, not in a layout above: the patient page itself needs only a few (issue 11).
export default function PatientFormsLayout({ children }: { children: ReactNode }) {
  return <PatientFormsMessages>{children}</PatientFormsMessages>;
}
