import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { IndicationForm } from '@/components/indications/indication-form';
import { describeAge } from '@/components/shared/describe-age';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getPatient } from '@/lib/server/patients/get-patient';
import { orNotFound } from '@/lib/pages/or-not-found';
import { recordIndicationAction } from './actions';

export const metadata: Metadata = { title: 'Record indication' };

type Props = { params: Promise<{ patientId: string }> };

export default async function NewIndicationPage({ params }: Props) {
  const actor = await requirePage('/patients/[patientId]/indications/new');
  const { patientId } = await params;
  const patient = await orNotFound(getPatient(actor, patientId));
  const today = clinicToday();
  return (
    <>
      <PageHeader
        title="Record indication"
        subtitle={
          <>
            For{' '}
            <Link href={`/patients/${patient.id}`} className="font-medium text-brand-700 underline">
              {patient.firstName} {patient.lastName}
            </Link>
            , {describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}
          </>
        }
      />
      <IndicationForm
        action={recordIndicationAction.bind(null, patient.id)}
        today={today}
        dateOfBirth={patient.dateOfBirth}
        cancelHref={`/patients/${patient.id}`}
        idempotencyKey={randomUUID()}
      />
    </>
  );
}
