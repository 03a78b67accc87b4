import type { Metadata } from 'next';
import Link from 'next/link';
import { PatientList } from '@/components/patients/patient-list';
import { PatientSearch } from '@/components/patients/patient-search';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listPatients } from '@/lib/server/patients/list-patients';

export const metadata: Metadata = { title: 'Patients' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PatientsPage({ searchParams }: Props) {
  const actor = await requireUser('VIEW_PATIENTS');
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
  const [patients, locale] = await Promise.all([listPatients(actor, query), getRequestLocale()]);
  const canEdit = can(actor.role, 'EDIT_PATIENTS');

  return (
    <>
      <PageHeader title="Patients" actions={canEdit ? <ButtonLink href="/patients/new">New patient</ButtonLink> : null} />
      <PatientSearch query={query} />
      {patients.length > 0 ? (
        <PatientList patients={patients} today={clinicToday()} locale={locale} />
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
