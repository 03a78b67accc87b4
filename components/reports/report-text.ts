import { createTranslator } from 'next-intl';
import { describeAge } from '@/components/shared/describe-age';
import type { IsoDate } from '@/lib/domain/calendar-date';
import type { ReportTolerance } from '@/lib/domain/course-report';
import { sessionState } from '@/lib/domain/session-state';
import { formatDate } from '@/lib/i18n/format';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { translatorFor, type Translator } from '@/lib/i18n/translator';
import type { CourseReport } from '@/lib/server/reports/get-course-report';

/**
 * The report's words, shared by the page (course-report-view.tsx) and the PDF
 * (course-report-pdf.ts), so the two say the same thing in the request's language.
 */

export type FactRow = readonly [term: string, value: string];

function interfaceLocale(formattingLocale: string) {
  // The formatting tag is always in the interface's language (lib/i18n/locales.ts formattingLocale).
  const language = formattingLocale.split('-')[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

function reportTranslator(formattingLocale: string) {
  const locale = interfaceLocale(formattingLocale);
  return createTranslator({ locale, messages: { reports: messagesFor(locale).reports }, namespace: 'reports' });
}

export type ReportTranslator = ReturnType<typeof reportTranslator>;

/**
 * The report's translator, the BCP 47 tag its dates are formatted with (getRequestLocale), and
 * the reader of the messages the domain made (the schedule's summary).
 */
export type ReportLanguage = { t: ReportTranslator; locale: string; read: Translator };

export function reportLanguage(formattingLocale: string): ReportLanguage {
  return {
    t: reportTranslator(formattingLocale),
    locale: formattingLocale,
    read: translatorFor(interfaceLocale(formattingLocale)),
  };
}

export function reportTitle(report: CourseReport, { t }: ReportLanguage): string {
  return t('title', { name: `${report.course.patient.firstName} ${report.course.patient.lastName}` });
}

export function reportSubtitle(report: CourseReport, { t, locale }: ReportLanguage): string {
  const { course } = report;
  return t('subtitle', {
    status: t(`courseStatus.${course.status}`),
    done: course.progress.done,
    total: course.progress.total,
    date: formatDate(report.generatedOn, locale),
  });
}

export function childRows(report: CourseReport, { t, locale }: ReportLanguage): FactRow[] {
  const child = report.course.patient;
  return [
    [t('child.name'), `${child.firstName} ${child.lastName}`],
    [t('child.born'), formatDate(child.dateOfBirth, locale)],
    [t('child.age'), describeAge(child.dateOfBirth, report.generatedOn, child.gestationalAgeDays)],
  ];
}

export function indicationRows(report: CourseReport, { t, locale }: ReportLanguage): FactRow[] {
  const { indication } = report;
  return [
    [t('indication.kind'), t(`indication.kinds.${indication.kind}`)],
    [t('indication.diagnosis'), indication.diagnosis],
    [t('indication.icd10'), indication.icd10Code ?? '—'],
    [t('indication.diagnosedOn'), formatDate(indication.diagnosedOn, locale)],
  ];
}

export function prescriptionRows(report: CourseReport, { t, locale, read }: ReportLanguage): FactRow[] {
  const { course } = report;
  const rows: FactRow[] = [
    [t('prescription.prescribedBy'), course.prescribedByName],
    [t('prescription.where'), course.location === 'HOME' ? t('prescription.atHome') : t('prescription.atClinic')],
    [t('prescription.therapist'), course.therapistName ?? '—'],
    [
      t('prescription.sessions'),
      t('prescription.sessionsValue', {
        total: course.progress.total,
        schedule: read(course.scheduleDescription).toLowerCase(),
      }),
    ],
    [t('prescription.minutes'), t('prescription.minutesValue', { minutes: course.minutesPerSession })],
    [t('prescription.started'), formatDate(course.startDate, locale)],
  ];
  if (course.cancellation) {
    const { cancelledOn, cancelledByName, reason } = course.cancellation;
    rows.push([
      t('prescription.cancelled'),
      [
        cancelledOn ? formatDate(cancelledOn, locale) : null,
        cancelledByName ? t('prescription.cancelledBy', { name: cancelledByName }) : null,
        reason,
      ]
        .filter(Boolean)
        .join(', '),
    ]);
  }
  if (course.homeRoutineNotes) rows.push([t('prescription.homeNotes'), course.homeRoutineNotes]);
  return rows;
}

export function summaryRows(report: CourseReport, { t }: ReportLanguage): FactRow[] {
  const { figures, course } = report;
  const tolerances = Object.keys(figures.toleranceCounts) as ReportTolerance[];
  return [
    [
      t('summary.held'),
      // As text: a course's minutes can pass 1,000 and have always been shown without a separator.
      t('summary.heldValue', {
        done: course.progress.done,
        total: course.progress.total,
        minutes: String(figures.minutesHeld),
      }),
    ],
    [
      t('summary.clinic'),
      t('summary.clinicValue', {
        done: figures.clinic.done,
        missed: figures.clinic.missed,
        postponed: figures.clinic.postponed,
      }),
    ],
    [
      t('summary.home'),
      t('summary.homeValue', {
        done: figures.home.done,
        missed: figures.home.missed,
        postponed: figures.home.postponed,
        unrecorded: figures.home.unrecorded,
      }),
    ],
    [
      t('summary.adherence'),
      figures.homeAdherencePercent === null
        ? t('summary.noHomeDue')
        : t('summary.adherenceValue', { percent: figures.homeAdherencePercent }),
    ],
    [
      t('summary.madeUp'),
      t('summary.madeUpValue', {
        missed: figures.missedOrPostponed,
        madeUp: figures.madeUp,
        toCome: figures.makeUpsToCome,
      }),
    ],
    [
      t('summary.tolerance'),
      tolerances
        .map((tolerance) =>
          t('summary.toleranceCount', {
            tolerance: t(`tolerance.${tolerance}`),
            count: figures.toleranceCounts[tolerance],
          }),
        )
        .join(', '),
    ],
  ];
}

export type SessionColumn = 'number' | 'date' | 'place' | 'status' | 'minutes' | 'tolerance' | 'notes' | 'recordedBy';

/** The session table's columns; "Recorded by" only on the staff's copy (sessionLineFor blanks it for the family). */
export function sessionColumns(report: CourseReport): SessionColumn[] {
  const columns: SessionColumn[] = ['number', 'date', 'place', 'status', 'minutes', 'tolerance', 'notes'];
  return report.audience === 'STAFF' ? [...columns, 'recordedBy'] : columns;
}

export function sessionCells(
  report: CourseReport,
  session: CourseReport['sessions'][number],
  { t, locale }: ReportLanguage,
): string[] {
  const state = t(`state.${sessionState(session, report.course.status, report.generatedOn)}`);
  const cells = [
    String(session.number),
    formatDate(session.scheduledOn, locale),
    t(`place.${session.location}`),
    session.isMakeUp ? t('stateMakeUp', { state }) : state,
    `${session.actualMinutes ?? '—'} / ${session.plannedMinutes}`,
    session.tolerance ? t(`tolerance.${session.tolerance}`) : '—',
    [session.reason, session.notes].filter(Boolean).join(' · ') || '—',
  ];
  return report.audience === 'STAFF' ? [...cells, session.recordedByName ?? '—'] : cells;
}

export function contraindicationLines(report: CourseReport, { t, locale }: ReportLanguage): string[] {
  return report.contraindicationsFound.map((found) =>
    t('contraindicationLine', {
      date: formatDate(found.scheduledOn, locale),
      where: found.location,
      reason: found.reason,
    }),
  );
}

export function nextCourseText(report: CourseReport, { t, locale }: ReportLanguage): string {
  const next = report.nextCourse;
  if (next === null) return t('nextCourse.none');
  const from = formatDate(next.dueOn as IsoDate, locale, 'long');
  return next.isPlanned ? t('nextCourse.planned', { from }) : t('nextCourse.canStart', { from });
}
