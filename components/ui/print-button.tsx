'use client';

import { useTranslations } from 'next-intl';
import { Button } from './button';

/** Prints the page; hidden on paper itself. */
export function PrintButton({ children }: { children?: string }) {
  const t = useTranslations('common');
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {children ?? t('print')}
    </Button>
  );
}
