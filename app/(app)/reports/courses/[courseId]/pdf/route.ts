import { getTranslations } from 'next-intl/server';
import { renderCourseReportPdf } from '@/components/reports/course-report-pdf';
import { getCurrentUser } from '@/lib/auth/session';
import { clinicToday } from '@/lib/clinic-time';
import { isAppError } from '@/lib/errors';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import { exportCourseReport } from '@/lib/server/reports/export-course-report';

type Context = { params: Promise<{ courseId: string }> };

/**
 * The course report as a PDF made on the server (pdfkit): the same report and the same reach as
 * the page beside it; a course out of reach is 404, as the page is.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const [actor, t] = await Promise.all([getCurrentUser(), getTranslations('reports.download')]);
  if (!actor) return new Response(t('signInAgain'), { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const { courseId } = await params;
  try {
    const [report, locale] = await Promise.all([
      exportCourseReport(actor, courseId, clinicToday()),
      getRequestLocale(),
    ]);
    const pdf = await renderCourseReportPdf(report, locale);
    const child = report.course.patient;
    const fileName = `course-report-${child.lastName}-${child.firstName}-${report.generatedOn}.pdf`
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '_');
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    const status = error.code === 'FORBIDDEN' ? 403 : 404;
    const translate = await getRequestTranslator();
    return new Response(status === 404 ? t('notFound') : translate(error.message), {
      status,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
}
