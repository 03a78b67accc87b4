import type { Metadata } from 'next';
import Link from 'next/link';
import { IndicationForm } from '@/components/indications/indication-form';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { notFound } from 'next/navigation';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getPatient } from '@/lib/server/patients/get-patient';
import { correctIndicationAction } from './actions';

export const metadata: Metadata = { title: 'Correct indication' };

type Props = { params: Promise<{ patientId: string; indicationId: string }> };

export default async function CorrectIndicationPage({ params }: Props) {
  const actor = await requirePage('/patients/[patientId]/indications/[indicationId]/correct');
  const { patientId, indicationId } = await params;
  const patient = await orNotFound(getPatient(actor, patientId));
  // The patient is in reach (its read is audited); an indication not among theirs simply does not exist here.
  const indication = patient.indications.find((candidate) => candidate.id === indicationId);
  if (!indication) notFound();
  return (
    <>
      <PageHeader
        title="Correct indication"
        subtitle={
          <>
            For{' '}
            <Link href={`/patients/${patient.id}`} className="font-medium text-brand-700 underline">
              {patient.firstName} {patient.lastName}
            </Link>
            : its previous values are kept with the reason.
          </>
        }
      />
      <IndicationForm
        action={correctIndicationAction}
        today={clinicToday()}
        dateOfBirth={patient.dateOfBirth}
        cancelHref={`/patients/${patient.id}`}
        correction={{
          indicationId: indication.id,
          kind: indication.kind,
          diagnosis: indication.diagnosis,
          icd10Code: indication.icd10Code ?? '',
          diagnosedOn: indication.diagnosedOn,
        }}
      />
    </>
  );
}
