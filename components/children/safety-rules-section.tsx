import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SafetyRulesDisclosure } from './safety-rules-disclosure';

/** The folded safety rules with their words looked up on the server, for the parent's and the caregiver's page. */
export async function SafetyRulesSection({ contact }: { contact: ReactNode }) {
  const t = await getTranslations('children.safety');
  return (
    <SafetyRulesDisclosure
      contact={contact}
      title={t('title')}
      summary={t('summary')}
      labels={{ showAll: t('showAll'), hide: t('hide'), loading: t('loading') }}
    />
  );
}
