import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessLogFilters } from '@/components/audit/access-log-filters';
import { AccessLogTable } from '@/components/audit/access-log-table';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listAccessLog, listAccessLogFilterOptions } from '@/lib/server/audit/list-access-log';
import { ZAccessLogParams, type AccessLogParams } from '@/lib/validation/access-log';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefFor(filters: AccessLogParams, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['child', 'user', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('page', String(page));
  return `/admin/access-log?${params}`;
}

export default async function AccessLogPage({ searchParams }: Props) {
  const actor = await requirePage('/admin/access-log');
  const filters = ZAccessLogParams.parse(await searchParams);
  const timeZone = clinicTimeZone();
  const [log, options, locale, t] = await Promise.all([
    listAccessLog(actor, filters, timeZone),
    listAccessLogFilterOptions(actor),
    getRequestLocale(),
    getTranslations('audit'),
  ]);
  const lastPosition = log.firstPosition + log.items.length - 1;

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AccessLogFilters options={options} filters={filters} locale={locale} />
      <Card>
        {log.items.length > 0 ? (
          <>
            <p className="mb-2 text-sm text-slate-600">
              {t('range', { first: log.firstPosition, last: lastPosition, total: log.total })}
            </p>
            <AccessLogTable entries={log.items} locale={locale} timeZone={timeZone} />
            <Pagination
              label={t('pagesLabel')}
              page={log.page}
              pageCount={log.pageCount}
              hrefFor={(page) => hrefFor(filters, page)}
            />
          </>
        ) : (
          <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
        )}
      </Card>
    </>
  );
}
