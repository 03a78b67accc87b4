import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import { getCourseReport, type CourseReport } from './get-course-report';

/**
 * The report for a file that leaves the app (the PDF download): the same reach as the page, and
 * the export audited beside the read, so the access log shows who took a copy.
 */
export async function exportCourseReport(actor: Actor, courseId: string, today: IsoDate): Promise<CourseReport> {
  const report = await getCourseReport(actor, courseId, today);
  await recordAuditAlone(actor, {
    action: 'EXPORT',
    subject: { type: 'COURSE', id: report.course.id },
    patientId: report.course.patient.id,
  });
  return report;
}
