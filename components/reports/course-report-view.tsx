import type { ReactNode } from 'react';
import type { CourseReport } from '@/lib/server/reports/get-course-report';
import { MinutesToleranceChart } from './minutes-tolerance-chart';
import {
  childRows,
  contraindicationLines,
  indicationRows,
  MINUTES_KEY,
  NO_CONTRAINDICATION_FOUND,
  nextCourseText,
  prescriptionRows,
  REPORT_SECTIONS,
  reportSubtitle,
  reportTitle,
  sessionCells,
  sessionColumns,
  summaryRows,
  type FactRow,
} from './report-text';

/** A titled part of the report; on paper its title is never left alone at a page's foot (globals.css). */
function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-section space-y-3 border-t border-slate-200 pt-4">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: readonly FactRow[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr] print:grid-cols-[12rem_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600">{term}</dt>
          <dd className="whitespace-pre-line break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The course report as a page: the same words as its PDF (course-report-pdf.ts, from report-text.ts). */
export function CourseReportView({ report, locale }: { report: CourseReport; locale: string }) {
  const { clinic } = report;
  const columns = sessionColumns(report);
  const contraindications = contraindicationLines(report, locale);
  return (
    <article className="report space-y-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:p-0 print:shadow-none print:ring-0">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-slate-600">{clinic.clinicName}</p>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{reportTitle(report)}</h1>
          <p className="mt-1 text-sm text-slate-600">{reportSubtitle(report, locale)}</p>
        </div>
        <address className="text-sm not-italic text-slate-700">
          {clinic.clinicAddress ? <span className="block whitespace-pre-line">{clinic.clinicAddress}</span> : null}
          {clinic.clinicPhone ? <span className="block">Phone: {clinic.clinicPhone}</span> : null}
        </address>
      </header>

      <ReportSection title={REPORT_SECTIONS.child}>
        <Facts rows={childRows(report, locale)} />
      </ReportSection>
      <ReportSection title={REPORT_SECTIONS.indication}>
        <Facts rows={indicationRows(report, locale)} />
      </ReportSection>
      <ReportSection title={REPORT_SECTIONS.prescription}>
        <Facts rows={prescriptionRows(report, locale)} />
      </ReportSection>
      <ReportSection title={REPORT_SECTIONS.summary}>
        <Facts rows={summaryRows(report)} />
        <MinutesToleranceChart points={report.figures.chart} />
      </ReportSection>

      <ReportSection title={REPORT_SECTIONS.sessions}>
        <div className="overflow-x-auto print:overflow-visible">
          <table className="w-full min-w-[36rem] text-left text-sm print:min-w-0">
            <thead className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className="py-2 pr-2">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {report.sessions.map((session) => (
                <tr key={session.id}>
                  {sessionCells(report, session, locale).map((cell, index) => (
                    <td
                      key={columns[index]}
                      className={`py-1.5 pr-2 ${index === columns.indexOf('Notes') ? 'break-words' : 'whitespace-nowrap'}`}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-slate-600">{MINUTES_KEY}</p>
      </ReportSection>

      <ReportSection title={REPORT_SECTIONS.contraindications}>
        {contraindications.length === 0 ? (
          <p className="text-sm text-slate-700">{NO_CONTRAINDICATION_FOUND}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
            {contraindications.map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        )}
      </ReportSection>

      <ReportSection title={REPORT_SECTIONS.nextCourse}>
        <p className="text-sm text-slate-800">{nextCourseText(report, locale)}</p>
      </ReportSection>
    </article>
  );
}
