import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CourseReportView } from '@/components/reports/course-report-view';
import { reportLanguage } from '@/components/reports/report-text';
import { buttonClasses } from '@/components/ui/button';
import { PrintButton } from '@/components/ui/print-button';
import { requirePage } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getCourseReport } from '@/lib/server/reports/get-course-report';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('pageTitle') };
}

type Props = { params: Promise<{ courseId: string }> };

/** A course's report for the referring doctor and the family; staff and guardians alike (getCourseReport scopes). */
export default async function CourseReportPage({ params }: Props) {
  const actor = await requirePage('/reports/courses/[courseId]');
  const { courseId } = await params;
  const [report, locale, t] = await Promise.all([
    orNotFound(getCourseReport(actor, courseId, clinicToday())),
    getRequestLocale(),
    getTranslations('reports'),
  ]);
  const back =
    report.audience === 'FAMILY'
      ? {
          href: `/children/${report.course.patient.id}`,
          label: t('backToChild', { name: report.course.patient.firstName }),
        }
      : { href: `/courses/${report.course.id}`, label: t('backToCourse') };
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href={back.href} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {back.label}
        </Link>
        <div className="flex flex-wrap gap-2">
          <PrintButton />
          {/* A plain link, not next/link: the PDF is a file to download, not a page to prefetch. */}
          <a href={`/reports/courses/${report.course.id}/pdf`} className={buttonClasses('primary')}>
            {t('downloadPdf')}
          </a>
        </div>
      </div>
      <CourseReportView report={report} language={reportLanguage(locale)} />
    </div>
  );
}
