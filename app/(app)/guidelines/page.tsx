import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CachedRuleBook } from '@/components/guidelines/cached-rule-book';
import { PageHeader } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('guidelines.page');
  return { title: t('title') };
}

export default async function GuidelinesPage() {
  const actor = await requirePage('/guidelines');
  const [defaults, locale, t] = await Promise.all([
    getClinicDefaults(),
    getLocale(),
    getTranslations('guidelines.page'),
  ]);
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={
          <>
            {t('subtitle')}
            {can(actor.role, 'MANAGE_CLINIC_SETTINGS') ? (
              <>
                {' '}
                (
                <Link href="/admin/settings" className="font-medium text-brand-700 underline">
                  {t('changeThem')}
                </Link>
                )
              </>
            ) : null}
            .
          </>
        }
        actions={<PrintButton />}
      />
      <CachedRuleBook locale={locale} defaults={defaults} />
    </>
  );
}
