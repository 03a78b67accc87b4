import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { IndicationForm } from '@/components/indications/indication-form';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { notFound } from 'next/navigation';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getPatient } from '@/lib/server/patients/get-patient';
import { correctIndicationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('indications.correct');
  return { title: t('title') };
}

type Props = { params: Promise<{ patientId: string; indicationId: string }> };

export default async function CorrectIndicationPage({ params }: Props) {
  const actor = await requirePage('/patients/[patientId]/indications/[indicationId]/correct');
  const { patientId, indicationId } = await params;
  const [patient, t] = await Promise.all([
    orNotFound(getPatient(actor, patientId)),
    getTranslations('indications.correct'),
  ]);
  // The patient is in reach (its read is audited); an indication not among theirs simply does not exist here.
  const indication = patient.indications.find((candidate) => candidate.id === indicationId);
  if (!indication) notFound();
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t.rich('subtitle', {
          name: `${patient.firstName} ${patient.lastName}`,
          link: (chunks) => (
            <Link href={`/patients/${patient.id}`} className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
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
