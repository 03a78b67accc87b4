import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The account and settings forms' words.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['admin', 'settings']}>{children}</ClientMessages>;
}
