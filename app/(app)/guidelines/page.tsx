import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CachedRuleBook } from '@/components/guidelines/cached-rule-book';
import { PageHeader } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { WHOLE_BOOK } from '@/lib/validation/guidelines-chapters';
import { ZGuidelinesParams } from '@/lib/validation/guidelines-params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { chapter } = ZGuidelinesParams.parse(await searchParams);
  const t = await getTranslations('guidelines');
  // Each chapter is a page: its title tells the tabs and the history apart.
  if (chapter === WHOLE_BOOK) return { title: t('page.title') };
  return { title: `${t(`chapters.${chapter}`)} · ${t('page.title')}` };
}

export default async function GuidelinesPage({ searchParams }: Props) {
  const actor = await requirePage('/guidelines');
  const { chapter } = ZGuidelinesParams.parse(await searchParams);
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
      <CachedRuleBook locale={locale} defaults={defaults} chapter={chapter} />
    </>
  );
}
