import type { Metadata } from 'next';
import { ChildrenList } from '@/components/children/children-list';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listMyChildren } from '@/lib/server/children/list-my-children';

export const metadata: Metadata = { title: 'My children' };

export default async function ChildrenPage() {
  const actor = await requirePage('/children');
  const [children, locale] = await Promise.all([listMyChildren(actor), getRequestLocale()]);
  return (
    <>
      <PageHeader title="My children" subtitle="Their massage courses, home routines and the rules to follow." />
      <ChildrenList items={children} today={clinicToday()} locale={locale} />
    </>
  );
}
