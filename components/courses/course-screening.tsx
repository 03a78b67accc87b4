import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/card';
import { BODY_AREAS, CONTRAINDICATIONS } from '@/lib/domain/rules';
import { formatDate } from '@/lib/i18n/format';
import type { CourseDetail } from '@/lib/server/courses/get-course';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** The contraindication screening done when the course was prescribed, as stored with it. */
export function CourseScreening({ screening, locale }: { screening: CourseDetail['screening']; locale: string }) {
  if (screening === null) return <EmptyState title="No screening is stored for this course." />;
  return (
    <div className="space-y-4">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term="Screened">
          {formatDate(screening.screenedOn, locale)}
          {` by ${screening.screenedByName}`}
        </Item>
        <Item term="Present">
          {screening.present.length === 0 ? (
            'None: every item of the checklist was absent.'
          ) : (
            <ul aria-label="Contraindications present" className="space-y-0.5">
              {screening.present.map((id) => (
                <li key={id}>{CONTRAINDICATIONS[id].label}</li>
              ))}
            </ul>
          )}
        </Item>
        <Item term="Left out of the routine">
          {screening.excludedAreas.length === 0
            ? 'No area'
            : screening.excludedAreas.map((area) => BODY_AREAS[area].label).join(', ')}
        </Item>
        {screening.postponedFor.length > 0 ? (
          <Item term="Start postponed for">{screening.postponedFor.join('; ')}</Item>
        ) : null}
      </dl>
      {screening.warnings.length > 0 ? (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
          <p className="font-semibold">Warnings</p>
          <ul aria-label="Screening warnings" className="mt-1 list-disc space-y-1 pl-5">
            {screening.warnings.map((warning) => (
              <li key={warning} className="break-words">
                {warning}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
