import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ClinicContact } from '@/components/children/clinic-contact';
import { HomeRoutine } from '@/components/children/home-routine';
import { SafetyRules } from '@/components/children/safety-rules';
import { EmptyState } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { requirePage } from '@/lib/auth/session';
import { parentHomeSteps } from '@/lib/domain/rules';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { localizeDirections } from '@/lib/i18n/rule-directions';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getCourse } from '@/lib/server/courses/get-course';
import { getFamilyChild } from '@/lib/server/patients/get-family-child';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('children.handout');
  return { title: t('metadataTitle') };
}

type Props = { params: Promise<{ patientId: string }> };

/**
 * The home routine as a paper handout: the drawings and steps as prescribed, the safety rules and
 * the clinic's contact, laid out for A4 (see the print rules in app/globals.css), no navigation.
 */
export default async function HandoutPage({ params }: Props) {
  const actor = await requirePage('/children/[patientId]/handout');
  const { patientId } = await params;
  const patient = await orNotFound(getFamilyChild(actor, patientId));
  const [t, course, clinic, translate] = await Promise.all([
    getTranslations('children.handout'),
    patient.currentCourseId ? orNotFound(getCourse(actor, patient.currentCourseId)) : null,
    getClinicProfile(),
    getRequestTranslator(),
  ]);
  const contact = <ClinicContact clinic={clinic} />;
  const steps = course
    ? localizeDirections(parentHomeSteps(course.routine, course.location === 'HOME'), translate)
    : [];

  return (
    <article className="handout mx-auto max-w-3xl space-y-4">
      <p className="no-print flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link
          href={`/children/${patient.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {t('back', { firstName: patient.firstName })}
        </Link>
        <PrintButton>{t('print')}</PrintButton>
      </p>
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-300 pb-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t('heading', { firstName: patient.firstName })}</h1>
          <p className="text-sm text-slate-700">{t('intro', { firstName: patient.firstName })}</p>
        </div>
        {contact}
      </header>
      {course?.location === 'HOME' ? (
        <section aria-labelledby="handout-routine-heading">
          <h2 id="handout-routine-heading" className="mb-2 text-lg font-semibold text-slate-900">
            {t('routine')}
          </h2>
          <HomeRoutine steps={steps.length > 0 ? steps : null} notes={course.homeRoutineNotes} day={null} />
        </section>
      ) : (
        <EmptyState title={t('noRoutine')} />
      )}
      <SafetyRules contact={contact} />
    </article>
  );
}
