import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The account and settings forms' words, the role names the new-account form offers and the
// sources' titles the clinic defaults cite.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages include={['admin', 'settings', 'common.roles', 'common.sources']}>{children}</ClientMessages>;
}
