import type { ReactNode } from 'react';
import { SidewaysScroll } from '@/components/ui/sideways-scroll';
import type { CourseReport } from '@/lib/server/reports/get-course-report';
import { MinutesToleranceChart } from './minutes-tolerance-chart';
import {
  childRows,
  contraindicationLines,
  indicationRows,
  nextCourseText,
  prescriptionRows,
  reportSubtitle,
  reportTitle,
  sessionCells,
  sessionColumns,
  summaryRows,
  type FactRow,
  type ReportLanguage,
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
export function CourseReportView({ report, language }: { report: CourseReport; language: ReportLanguage }) {
  const { t } = language;
  const { clinic } = report;
  const columns = sessionColumns(report);
  const contraindications = contraindicationLines(report, language);
  return (
    <article className="report space-y-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:p-0 print:shadow-none print:ring-0">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-slate-600">{clinic.clinicName}</p>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{reportTitle(report, language)}</h1>
          <p className="mt-1 text-sm text-slate-600">{reportSubtitle(report, language)}</p>
        </div>
        <address className="text-sm not-italic text-slate-700">
          {clinic.clinicAddress ? <span className="block whitespace-pre-line">{clinic.clinicAddress}</span> : null}
          {clinic.clinicPhone ? <span className="block">{t('phone', { phone: clinic.clinicPhone })}</span> : null}
        </address>
      </header>

      <ReportSection title={t('sections.child')}>
        <Facts rows={childRows(report, language)} />
      </ReportSection>
      <ReportSection title={t('sections.indication')}>
        <Facts rows={indicationRows(report, language)} />
      </ReportSection>
      <ReportSection title={t('sections.prescription')}>
        <Facts rows={prescriptionRows(report, language)} />
      </ReportSection>
      <ReportSection title={t('sections.summary')}>
        <Facts rows={summaryRows(report, language)} />
        <MinutesToleranceChart points={report.figures.chart} t={t} />
      </ReportSection>

      <ReportSection title={t('sections.sessions')}>
        <SidewaysScroll label={t('sections.sessions')}>
          <table className="w-full min-w-[36rem] text-left text-sm print:min-w-0">
            <thead className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className="py-2 pr-2">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {report.sessions.map((session) => (
                <tr key={session.id}>
                  {sessionCells(report, session, language).map((cell, index) => (
                    <td
                      key={columns[index]}
                      className={`py-1.5 pr-2 ${columns[index] === 'notes' ? 'break-words' : 'whitespace-nowrap'}`}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </SidewaysScroll>
        <p className="text-xs text-slate-600">{t('minutesKey')}</p>
      </ReportSection>

      <ReportSection title={t('sections.contraindications')}>
        {contraindications.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noContraindication')}</p>
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

      <ReportSection title={t('sections.nextCourse')}>
        <p className="text-sm text-slate-800">{nextCourseText(report, language)}</p>
      </ReportSection>
    </article>
  );
}
