import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChildrenList } from '@/components/children/children-list';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listMyChildren } from '@/lib/server/children/list-my-children';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('children.list');
  return { title: t('title') };
}

export default async function ChildrenPage() {
  const actor = await requirePage('/children');
  const [t, children, locale] = await Promise.all([
    getTranslations('children.list'),
    listMyChildren(actor),
    getRequestLocale(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ChildrenList items={children} today={clinicToday()} locale={locale} />
    </>
  );
}
