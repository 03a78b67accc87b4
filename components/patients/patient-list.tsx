import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { PatientListItem } from '@/lib/server/patients/list-patients';
import { describeAge } from '@/components/shared/describe-age';

/**
 * A page of patients (50), each a link to the child's page. The rows' styles are named classes
 * (app/globals.css) and their texts single strings: each row travels twice, drawn in the HTML and
 * as the data React hydrates it from (issue 11). The links are not prefetched: a page of fifty
 * would ask the server for fifty patients' pages on every view.
 */
export function PatientList({
  patients,
  today,
  locale,
}: {
  patients: PatientListItem[];
  today: IsoDate;
  locale: string;
}) {
  const t = useTranslations('patients.list');
  return (
    <ul
      aria-label={t('title')}
      className="divide-y divide-slate-200 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
    >
      {patients.map((patient) => (
        <li key={patient.id}>
          <Link href={`/patients/${patient.id}`} prefetch={false} className="patient-row">
            <span className="min-w-0">
              <span className="patient-row-name">{`${patient.lastName}, ${patient.firstName}`}</span>
              <span className="patient-row-age">
                {describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}
                <span className="text-slate-500">{` · ${t('born', { date: formatDate(patient.dateOfBirth, locale) })}`}</span>
              </span>
            </span>
            {patient.activeCourses > 0 ? (
              <Badge tone="info">{t('activeCourses', { count: patient.activeCourses })}</Badge>
            ) : (
              <Badge>{t('noActiveCourse')}</Badge>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
