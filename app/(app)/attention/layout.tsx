import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The mark-done form's words.
export default function AttentionLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['alerts']}>{children}</ClientMessages>;
}
