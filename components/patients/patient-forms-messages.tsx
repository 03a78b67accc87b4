import type { ReactNode } from 'react';
import { PRESCRIBE_FORM_RULE_MESSAGES } from '@/components/courses/prescribe/prescribe-form-messages';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VALIDATION_CLIENT_MESSAGES } from '@/lib/i18n/validation-client-messages';

/**
 * The patient, indication and prescription forms' words, with the rule book's names and the
 * sources' titles the prescription form shows; the validation messages the forms check with.
 * Given by the layouts of the routes with those forms, not to the patient list: some 40 kB the
 * list has no use for would travel in its every answer (issue 11).
 */
export function PatientFormsMessages({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      include={[
        'patients',
        'indications',
        'courses',
        'common.sources',
        ...PRESCRIBE_FORM_RULE_MESSAGES,
        ...VALIDATION_CLIENT_MESSAGES,
      ]}
    >
      {children}
    </ClientMessages>
  );
}
