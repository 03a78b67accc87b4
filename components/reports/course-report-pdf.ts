import 'server-only';
import type { ChartPoint } from '@/lib/domain/course-report';
import { createA4Pdf, heightOf, pdfBytes, writeText, type Pdf } from '@/lib/pdf/pdf-document';
import type { CourseReport } from '@/lib/server/reports/get-course-report';
import {
  childRows,
  contraindicationLines,
  indicationRows,
  nextCourseText,
  prescriptionRows,
  reportLanguage,
  reportSubtitle,
  reportTitle,
  sessionCells,
  sessionColumns,
  summaryRows,
  type FactRow,
  type ReportLanguage,
  type ReportTranslator,
  type SessionColumn,
} from './report-text';

const MARGIN = 48;
const TERM_WIDTH = 150;
const GAP = 4;
const MUTED = '#475569';
/** Room a heading needs below it, so it never stands alone at a page's foot. */
const KEEP_WITH_HEADING = 60;
const CHART_HEIGHT = 150;
const TOLERANCE_COLOURS = { GOOD: '#047857', FUSSY: '#b45309', STOPPED_EARLY: '#b91c1c' } as const;

/** Where the next line goes, and how to start a page when what comes next does not fit. */
class Cursor {
  y: number;
  constructor(private readonly doc: Pdf) {
    this.y = doc.page.margins.top;
  }
  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  /** A new page unless `height` more fits on this one; true when it turned the page. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    return true;
  }
}

function heading(doc: Pdf, cursor: Cursor, title: string) {
  cursor.ensure(KEEP_WITH_HEADING);
  cursor.y += 10;
  writeText(doc, title, cursor.left, cursor.y, { size: 13, bold: true });
  cursor.y += heightOf(doc, title, { size: 13, bold: true }) + 4;
}

function facts(doc: Pdf, cursor: Cursor, rows: readonly FactRow[]) {
  const valueWidth = cursor.width - TERM_WIDTH;
  for (const [term, value] of rows) {
    const height = Math.max(
      heightOf(doc, term, { width: TERM_WIDTH - 8 }),
      heightOf(doc, value, { width: valueWidth }),
    );
    cursor.ensure(height);
    writeText(doc, term, cursor.left, cursor.y, { width: TERM_WIDTH - 8, color: MUTED });
    writeText(doc, value, cursor.left + TERM_WIDTH, cursor.y, { width: valueWidth });
    cursor.y += height + GAP;
  }
}

function paragraph(doc: Pdf, cursor: Cursor, text: string, size = 10) {
  const height = heightOf(doc, text, { width: cursor.width, size });
  cursor.ensure(height);
  writeText(doc, text, cursor.left, cursor.y, { width: cursor.width, size });
  cursor.y += height + GAP;
}

/** Bars of the minutes held, a dashed line of the minutes planned, a coloured dot for the tolerance. */
function chart(doc: Pdf, cursor: Cursor, points: readonly ChartPoint[], t: ReportTranslator) {
  if (points.length === 0) return paragraph(doc, cursor, t('chart.empty'));
  cursor.ensure(CHART_HEIGHT + 40);
  const left = cursor.left + 30;
  const width = cursor.width - 30;
  const top = cursor.y + 10;
  const max = Math.max(5, ...points.flatMap((point) => [point.minutes, point.plannedMinutes]));
  const scaleY = (minutes: number) => top + CHART_HEIGHT - (minutes / max) * CHART_HEIGHT;
  const step = width / points.length;
  const barWidth = Math.min(24, step * 0.6);
  doc.save();
  doc.lineWidth(0.5).strokeColor('#94a3b8');
  doc
    .moveTo(left, top)
    .lineTo(left, top + CHART_HEIGHT)
    .lineTo(left + width, top + CHART_HEIGHT)
    .stroke();
  writeText(doc, t('chart.maxMinutes', { max }), cursor.left, top - 4, { size: 7, color: MUTED });
  writeText(doc, '0', cursor.left + 18, top + CHART_HEIGHT - 5, { size: 7, color: MUTED });
  points.forEach((point, index) => {
    const x = left + index * step + (step - barWidth) / 2;
    doc.rect(x, scaleY(point.minutes), barWidth, top + CHART_HEIGHT - scaleY(point.minutes)).fill('#5eb5a6');
    if (point.tolerance)
      doc.circle(x + barWidth / 2, scaleY(point.minutes) - 6, 3).fill(TOLERANCE_COLOURS[point.tolerance]);
    writeText(doc, String(point.number), x, top + CHART_HEIGHT + 3, { size: 7, color: MUTED, width: barWidth });
  });
  doc.lineWidth(1).strokeColor('#334155').dash(3, { space: 2 });
  points.forEach((point, index) => {
    const x = left + index * step + step / 2;
    if (index === 0) doc.moveTo(x, scaleY(point.plannedMinutes));
    else doc.lineTo(x, scaleY(point.plannedMinutes));
  });
  doc.stroke().undash();
  doc.restore();
  cursor.y = top + CHART_HEIGHT + 16;
  const marks = (Object.keys(TOLERANCE_COLOURS) as (keyof typeof TOLERANCE_COLOURS)[])
    .map((tolerance) => t('chart.pdfMark', { colour: tolerance, tolerance: t(`tolerance.${tolerance}`) }))
    .join(', ');
  const key = t('chart.pdfKey', { marks });
  paragraph(doc, cursor, key, 8);
}

/** Column widths in shares of the table's width; "Notes" takes what is left. */
const COLUMN_SHARES: Partial<Record<SessionColumn, number>> = {
  number: 0.05,
  date: 0.13,
  place: 0.08,
  status: 0.14,
  minutes: 0.09,
  tolerance: 0.11,
  recordedBy: 0.14,
};

function table(doc: Pdf, cursor: Cursor, report: CourseReport, language: ReportLanguage) {
  const { t } = language;
  const columns = sessionColumns(report);
  const fixed = columns.reduce((sum, column) => sum + (COLUMN_SHARES[column] ?? 0), 0);
  const widths = columns.map((column) => (COLUMN_SHARES[column] ?? 1 - fixed) * cursor.width);
  const drawRow = (cells: readonly string[], style: { bold?: boolean; color?: string; size: number }) => {
    const height = Math.max(
      ...cells.map((cell, index) => heightOf(doc, cell, { ...style, width: widths[index]! - 4 })),
    );
    // A row is never split across pages; after a page turn the column titles come again.
    if (cursor.ensure(height + GAP) && !style.bold) drawHeader();
    let x = cursor.left;
    cells.forEach((cell, index) => {
      writeText(doc, cell, x, cursor.y, { ...style, width: widths[index]! - 4 });
      x += widths[index]!;
    });
    cursor.y += height + GAP;
    doc.save().lineWidth(0.3).strokeColor('#cbd5e1');
    doc
      .moveTo(cursor.left, cursor.y - GAP / 2)
      .lineTo(cursor.left + cursor.width, cursor.y - GAP / 2)
      .stroke();
    doc.restore();
  };
  const drawHeader = () =>
    drawRow(
      columns.map((column) => t(`columns.${column}`)),
      { bold: true, color: MUTED, size: 8 },
    );
  cursor.ensure(40);
  drawHeader();
  for (const session of report.sessions) drawRow(sessionCells(report, session, language), { size: 8.5 });
  paragraph(doc, cursor, t('minutesKey'), 8);
}

/** The course report as an A4 PDF: the page's content (report-text.ts), numbered pages with the child's name. */
export async function renderCourseReportPdf(report: CourseReport, locale: string): Promise<Buffer> {
  const language = reportLanguage(locale);
  const { t } = language;
  const title = reportTitle(report, language);
  const doc = createA4Pdf({ title, margin: MARGIN });
  const cursor = new Cursor(doc);
  const { clinic } = report;

  writeText(doc, clinic.clinicName, cursor.left, cursor.y, { size: 9, color: MUTED });
  cursor.y += 14;
  writeText(doc, title, cursor.left, cursor.y, { size: 17, bold: true, width: cursor.width });
  cursor.y += heightOf(doc, title, { size: 17, bold: true, width: cursor.width }) + 2;
  paragraph(doc, cursor, reportSubtitle(report, language), 9);
  const contact = [clinic.clinicAddress, clinic.clinicPhone ? t('phone', { phone: clinic.clinicPhone }) : ''].filter(
    Boolean,
  );
  if (contact.length > 0) paragraph(doc, cursor, contact.join(' · '), 9);

  heading(doc, cursor, t('sections.child'));
  facts(doc, cursor, childRows(report, language));
  heading(doc, cursor, t('sections.indication'));
  facts(doc, cursor, indicationRows(report, language));
  heading(doc, cursor, t('sections.prescription'));
  facts(doc, cursor, prescriptionRows(report, language));
  heading(doc, cursor, t('sections.summary'));
  facts(doc, cursor, summaryRows(report, language));
  chart(doc, cursor, report.figures.chart, t);
  heading(doc, cursor, t('sections.sessions'));
  table(doc, cursor, report, language);
  heading(doc, cursor, t('sections.contraindications'));
  const found = contraindicationLines(report, language);
  if (found.length === 0) paragraph(doc, cursor, t('noContraindication'));
  for (const line of found) paragraph(doc, cursor, `• ${line}`);
  heading(doc, cursor, t('sections.nextCourse'));
  paragraph(doc, cursor, nextCourseText(report, language));

  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Below the bottom margin: lift it while writing the footer, or pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    writeText(doc, t('footer', { title, page: index + 1, count }), MARGIN, doc.page.height - MARGIN + 16, {
      size: 8,
      color: MUTED,
      width: doc.page.width - 2 * MARGIN,
    });
    doc.page.margins.bottom = bottom;
  }
  return pdfBytes(doc);
}
