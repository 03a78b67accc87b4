import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The account and settings forms' words, and the role names the new-account form offers.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['admin', 'settings', 'common.roles']}>{children}</ClientMessages>;
}
