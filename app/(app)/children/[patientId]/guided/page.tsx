import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GuidedPage } from '@/components/children/guided/guided-page';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getCourse } from '@/lib/server/courses/get-course';
import { getFamilyChild } from '@/lib/server/patients/get-family-child';
import { recordHomeSessionAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('children.guided');
  return { title: t('metadataTitle') };
}

type Props = { params: Promise<{ patientId: string }> };

/** The guided mode of today's home session, for the child's parent. */
export default async function GuidedSessionPage({ params }: Props) {
  const actor = await requirePage('/children/[patientId]/guided');
  const { patientId } = await params;
  const patient = await orNotFound(getFamilyChild(actor, patientId));
  const [course, locale] = await Promise.all([
    patient.currentCourseId ? orNotFound(getCourse(actor, patient.currentCourseId)) : null,
    getRequestLocale(),
  ]);
  return (
    <GuidedPage
      childName={patient.firstName}
      course={course}
      today={clinicToday()}
      locale={locale}
      action={recordHomeSessionAction}
      patientId={patient.id}
      exitHref={`/children/${patient.id}`}
    />
  );
}
