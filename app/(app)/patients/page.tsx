import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PatientList } from '@/components/patients/patient-list';
import { PatientSearch } from '@/components/patients/patient-search';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listPatients } from '@/lib/server/patients/list-patients';
import { ZListParams } from '@/lib/validation/list-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('patients.list');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PatientsPage({ searchParams }: Props) {
  const actor = await requirePage('/patients');
  const { q: query, page } = ZListParams.parse(await searchParams);
  const [patients, locale, t] = await Promise.all([
    listPatients(actor, query, page),
    getRequestLocale(),
    getTranslations('patients.list'),
  ]);
  const canEdit = can(actor.role, 'EDIT_PATIENTS');
  const hrefFor = (target: number) =>
    `/patients?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(target) })}`;
  const lastPosition = patients.firstPosition + patients.items.length - 1;

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={canEdit ? <ButtonLink href="/patients/new">{t('newPatient')}</ButtonLink> : null}
      />
      <PatientSearch query={query} />
      {patients.items.length > 0 ? (
        <>
          {patients.pageCount > 1 ? (
            <p className="mb-2 text-sm text-slate-600">
              {t('range', { first: patients.firstPosition, last: lastPosition, total: patients.total })}
            </p>
          ) : null}
          <PatientList patients={patients.items} today={clinicToday()} locale={locale} />
          <Pagination label={t('pages')} page={patients.page} pageCount={patients.pageCount} hrefFor={hrefFor} />
        </>
      ) : query ? (
        <EmptyState title={t('noMatch', { query })}>
          {t('noMatchHint')}{' '}
          <Link href="/patients" className="font-medium text-brand-700 underline">
            {t('showAll')}
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title={t('empty')}>
          {canEdit ? (
            <Link href="/patients/new" className="font-medium text-brand-700 underline">
              {t('addFirst')}
            </Link>
          ) : (
            t('emptyNotEditor')
          )}
        </EmptyState>
      )}
    </>
  );
}
