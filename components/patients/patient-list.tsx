import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Badge } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { PatientListItem } from '@/lib/server/patients/list-patients';
import { describeAge } from '@/components/shared/describe-age';

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
          <Link
            href={`/patients/${patient.id}`}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50"
          >
            <span className="min-w-0">
              <span className="block font-medium text-slate-900">
                {patient.lastName}, {patient.firstName}
              </span>
              <span className="block text-sm text-slate-600">
                {describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}
                <span className="text-slate-500">
                  {' '}
                  · {t('born', { date: formatDate(patient.dateOfBirth, locale) })}
                </span>
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
