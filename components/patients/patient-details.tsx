import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { PatientDetail } from '@/lib/server/patients/get-patient';
import { describeAge } from '@/components/shared/describe-age';

// Each term and its value in one div: the only wrapper a <dl> may hold, so no other wraps it.
function Item({ term, wide = false, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`min-w-0 ${wide ? 'sm:col-span-2' : ''}`}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{term}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export function PatientDetails({ patient, today, locale }: { patient: PatientDetail; today: IsoDate; locale: string }) {
  const t = useTranslations('patients.details');
  return (
    <Card title={t('title')}>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term={t('dateOfBirth')}>{formatDate(patient.dateOfBirth, locale, 'long')}</Item>
        <Item term={t('age')}>{describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}</Item>
        <Item term={t('sex')}>{t(`sexes.${patient.sex}`)}</Item>
        <Item term={t('gestationalAge')}>
          {patient.gestationalAgeDays === null
            ? t('notRecorded')
            : t(patient.gestationalAgeDays % 7 === 0 ? 'gestationWeeks' : 'gestationWeeksDays', {
                weeks: Math.floor(patient.gestationalAgeDays / 7),
                days: patient.gestationalAgeDays % 7,
              })}
        </Item>
        <Item term={t('umbilicalWoundHealed')}>
          {patient.umbilicalWoundHealedOn ? formatDate(patient.umbilicalWoundHealedOn, locale) : t('notRecorded')}
        </Item>
        <Item term={t('guardians')}>
          {patient.guardians.length === 0 ? (
            t('noGuardians')
          ) : (
            <ul>
              {patient.guardians.map((guardian) => (
                <li key={guardian.id}>
                  {guardian.name} <span className="text-sm text-slate-600">{guardian.email}</span>
                </li>
              ))}
            </ul>
          )}
        </Item>
        <Item term={t('notes')} wide>
          {patient.notes ? <span className="whitespace-pre-line">{patient.notes}</span> : t('noNotes')}
        </Item>
      </dl>
    </Card>
  );
}
