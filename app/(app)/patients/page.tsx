import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Patients' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PatientsPage({ searchParams }: Props) {
  const actor = await requirePage('/patients');
  const { q: query, page } = ZListParams.parse(await searchParams);
  const [patients, locale] = await Promise.all([listPatients(actor, query, page), getRequestLocale()]);
  const canEdit = can(actor.role, 'EDIT_PATIENTS');
  const hrefFor = (target: number) =>
    `/patients?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(target) })}`;
  const lastPosition = patients.firstPosition + patients.items.length - 1;

  return (
    <>
      <PageHeader
        title="Patients"
        actions={canEdit ? <ButtonLink href="/patients/new">New patient</ButtonLink> : null}
      />
      <PatientSearch query={query} />
      {patients.items.length > 0 ? (
        <>
          {patients.pageCount > 1 ? (
            <p className="mb-2 text-sm text-slate-600">
              {patients.firstPosition}–{lastPosition} of {patients.total} patients
            </p>
          ) : null}
          <PatientList patients={patients.items} today={clinicToday()} locale={locale} />
          <Pagination label="Pages of patients" page={patients.page} pageCount={patients.pageCount} hrefFor={hrefFor} />
        </>
      ) : query ? (
        <EmptyState title={`No patients match “${query}”.`}>
          Check the spelling, or search by first name or surname only.{' '}
          <Link href="/patients" className="font-medium text-brand-700 underline">
            Show all patients
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title="No patients yet.">
          {canEdit ? (
            <Link href="/patients/new" className="font-medium text-brand-700 underline">
              Add the first patient
            </Link>
          ) : (
            'Patients appear here once a course assigns you to them.'
          )}
        </EmptyState>
      )}
    </>
  );
}
