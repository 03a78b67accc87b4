import {
  CALLED_OFF_LABEL,
  COURSE_STATUS_LABELS,
  OVERDUE_LABEL,
  SESSION_STATUS_LABELS,
} from '@/components/courses/labels';
import { LOCATION_LABELS, TOLERANCE_LABELS } from '@/components/sessions/labels';
import { describeAge } from '@/components/shared/describe-age';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { ReportTolerance } from '@/lib/domain/course-report';
import { INDICATION_KINDS } from '@/lib/domain/rules';
import { sessionState, type SessionState } from '@/lib/domain/session-state';
import { formatDate } from '@/lib/i18n/format';
import type { CourseReport } from '@/lib/server/reports/get-course-report';

/**
 * The report's words, shared by the page (course-report-view.tsx) and the PDF
 * (course-report-pdf.ts), so the two say the same thing.
 */

export type FactRow = readonly [term: string, value: string];

export const REPORT_SECTIONS = {
  child: 'The child',
  indication: 'Indication',
  prescription: 'Prescription',
  summary: 'Summary',
  sessions: 'Sessions',
  contraindications: 'Contraindications found during the course',
  nextCourse: 'Next course',
} as const;

const STATE_LABELS = {
  ...SESSION_STATUS_LABELS,
  SCHEDULED: 'To come',
  OVERDUE: OVERDUE_LABEL,
  CALLED_OFF: CALLED_OFF_LABEL,
} as const satisfies Record<SessionState, string>;

export function reportTitle(report: CourseReport): string {
  return `Course report: ${report.course.patient.firstName} ${report.course.patient.lastName}`;
}

export function reportSubtitle(report: CourseReport, locale: string): string {
  const { course } = report;
  return `${COURSE_STATUS_LABELS[course.status]} · ${course.progress.done} of ${course.progress.total} sessions held · made on ${formatDate(report.generatedOn, locale)}`;
}

export function childRows(report: CourseReport, locale: string): FactRow[] {
  const child = report.course.patient;
  return [
    ['Name', `${child.firstName} ${child.lastName}`],
    ['Born', formatDate(child.dateOfBirth, locale)],
    ['Age on the report’s day', describeAge(child.dateOfBirth, report.generatedOn, child.gestationalAgeDays)],
  ];
}

export function indicationRows(report: CourseReport, locale: string): FactRow[] {
  const { indication } = report;
  return [
    ['Kind', INDICATION_KINDS[indication.kind].label],
    ['Diagnosis', indication.diagnosis],
    ['ICD-10', indication.icd10Code ?? '—'],
    ['Diagnosed on', formatDate(indication.diagnosedOn, locale)],
  ];
}

export function prescriptionRows(report: CourseReport, locale: string): FactRow[] {
  const { course } = report;
  const rows: FactRow[] = [
    ['Prescribed by', course.prescribedByName],
    ['Where', course.location === 'HOME' ? 'At home, by the family' : 'At the clinic'],
    ['Therapist', course.therapistName ?? '—'],
    ['Sessions', `${course.progress.total}: ${course.scheduleDescription.toLowerCase()}`],
    ['Minutes', `growing to ${course.minutesPerSession} min a session`],
    ['Started', formatDate(course.startDate, locale)],
  ];
  if (course.cancellation) {
    const { cancelledOn, cancelledByName, reason } = course.cancellation;
    rows.push([
      'Cancelled',
      [cancelledOn ? formatDate(cancelledOn, locale) : null, cancelledByName ? `by ${cancelledByName}` : null, reason]
        .filter(Boolean)
        .join(', '),
    ]);
  }
  if (course.homeRoutineNotes) rows.push(['Notes for the home routine', course.homeRoutineNotes]);
  return rows;
}

export function summaryRows(report: CourseReport): FactRow[] {
  const { figures, course } = report;
  const tolerances = Object.keys(figures.toleranceCounts) as ReportTolerance[];
  return [
    ['Sessions held', `${course.progress.done} of ${course.progress.total}, ${figures.minutesHeld} min in all`],
    [
      'At the clinic',
      `${figures.clinic.done} done, ${figures.clinic.missed} missed, ${figures.clinic.postponed} postponed`,
    ],
    [
      'At home',
      `${figures.home.done} done, ${figures.home.missed} missed, ${figures.home.postponed} postponed, ${figures.home.unrecorded} not recorded`,
    ],
    [
      'Home adherence',
      figures.homeAdherencePercent === null
        ? 'No home session was due yet'
        : `${figures.homeAdherencePercent}% of the home sessions due were held`,
    ],
    [
      'Missed and made up',
      `${figures.missedOrPostponed} missed or postponed, ${figures.madeUp} made up${figures.makeUpsToCome > 0 ? `, ${figures.makeUpsToCome} make-up still to come` : ''}`,
    ],
    [
      'Tolerance',
      tolerances.map((tolerance) => `${TOLERANCE_LABELS[tolerance]}: ${figures.toleranceCounts[tolerance]}`).join(', '),
    ],
  ];
}

/** The session table's columns; "Recorded by" only on the staff's copy (sessionLineFor blanks it for the family). */
export function sessionColumns(report: CourseReport): string[] {
  const columns = ['No.', 'Date', 'Place', 'Status', 'Minutes', 'Tolerance', 'Notes'];
  return report.audience === 'STAFF' ? [...columns, 'Recorded by'] : columns;
}

export function sessionCells(
  report: CourseReport,
  session: CourseReport['sessions'][number],
  locale: string,
): string[] {
  const cells = [
    String(session.number),
    formatDate(session.scheduledOn, locale),
    LOCATION_LABELS[session.location],
    `${STATE_LABELS[sessionState(session, report.course.status, report.generatedOn)]}${session.isMakeUp ? ' (make-up)' : ''}`,
    `${session.actualMinutes ?? '—'} / ${session.plannedMinutes}`,
    session.tolerance ? TOLERANCE_LABELS[session.tolerance] : '—',
    [session.reason, session.notes].filter(Boolean).join(' · ') || '—',
  ];
  return report.audience === 'STAFF' ? [...cells, session.recordedByName ?? '—'] : cells;
}

export const MINUTES_KEY = 'Minutes: held / planned.';

export function contraindicationLines(report: CourseReport, locale: string): string[] {
  return report.contraindicationsFound.map(
    (found) =>
      `${formatDate(found.scheduledOn, locale)} (${found.location === 'HOME' ? 'reported by the family' : 'found at the clinic'}): ${found.reason}`,
  );
}

export const NO_CONTRAINDICATION_FOUND = 'None was recorded.';

export function nextCourseText(report: CourseReport, locale: string): string {
  const next = report.nextCourse;
  if (next === null) return 'No next course is planned: this course was cancelled.';
  const from = formatDate(next.dueOn as IsoDate, locale, 'long');
  return next.isPlanned
    ? `From ${from} if this course ends as planned and the doctor advises one.`
    : `The next course can start from ${from}, if the doctor advises one.`;
}
