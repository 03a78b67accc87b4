import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { IndicationForm } from '@/components/indications/indication-form';
import { describeAge } from '@/components/shared/describe-age';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getPatient } from '@/lib/server/patients/get-patient';
import { orNotFound } from '@/lib/pages/or-not-found';
import { recordIndicationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('indications.new');
  return { title: t('title') };
}

type Props = { params: Promise<{ patientId: string }> };

export default async function NewIndicationPage({ params }: Props) {
  const actor = await requirePage('/patients/[patientId]/indications/new');
  const { patientId } = await params;
  const [patient, t] = await Promise.all([
    orNotFound(getPatient(actor, patientId)),
    getTranslations('indications.new'),
  ]);
  const today = clinicToday();
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t.rich('subtitle', {
          name: `${patient.firstName} ${patient.lastName}`,
          age: describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays),
          link: (chunks) => (
            <Link href={`/patients/${patient.id}`} className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
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
