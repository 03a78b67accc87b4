import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { formatDate } from '@/lib/i18n/format';
import type { PatientDetail } from '@/lib/server/patients/get-patient';
import { describeAge } from '@/components/shared/describe-age';
import { formatGestation } from '@/lib/domain/age';
import { SEX_LABELS } from './labels';

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
  return (
    <Card title="Details">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term="Date of birth">{formatDate(patient.dateOfBirth, locale, 'long')}</Item>
        <Item term="Age">{describeAge(patient.dateOfBirth, today, patient.gestationalAgeDays)}</Item>
        <Item term="Sex">{SEX_LABELS[patient.sex]}</Item>
        <Item term="Gestational age at birth">
          {patient.gestationalAgeDays === null ? 'Not recorded' : formatGestation(patient.gestationalAgeDays)}
        </Item>
        <Item term="Umbilical wound healed">
          {patient.umbilicalWoundHealedOn ? formatDate(patient.umbilicalWoundHealedOn, locale) : 'Not recorded'}
        </Item>
        <Item term="Guardians">
          {patient.guardians.length === 0 ? (
            'None linked'
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
        <Item term="Notes" wide>
          {patient.notes ? <span className="whitespace-pre-line">{patient.notes}</span> : 'None'}
        </Item>
      </dl>
    </Card>
  );
}
