import { formatDateTime } from '@/lib/i18n/format';
import type { RecordCorrectionItem } from '@/lib/server/patients/list-record-corrections';

/** The field names the patient and indication forms show, for the history of their corrections. */
const FIELD_LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  gestationalAgeDays: 'Gestational age at birth (days)',
  umbilicalWoundHealedOn: 'Umbilical wound healed on',
  notes: 'Notes',
  guardianIds: 'Guardians',
  kind: 'Kind',
  diagnosis: 'Diagnosis',
  icd10Code: 'ICD-10 code',
  diagnosedOn: 'Diagnosed on',
};

const RECORD_LABELS = { PATIENT: 'Details', INDICATION: 'Indication' } as const;

function describeValue(field: string, value: unknown): string {
  if (value === null || value === '') return 'empty';
  // Guardians are kept as account ids: the count says what changed without naming anyone.
  if (field === 'guardianIds' && Array.isArray(value)) return `${value.length} linked`;
  return String(value);
}

type Props = { corrections: readonly RecordCorrectionItem[]; locale: string; timeZone: string };

/** Each correction of the child's details or indications, newest first: what it said before, who, when, why. */
export function RecordCorrectionsList({ corrections, locale, timeZone }: Props) {
  return (
    <ol aria-label="Record corrections" className="divide-y divide-slate-100 text-sm">
      {corrections.map((correction) => (
        <li key={correction.id} className="space-y-1 py-2 first:pt-0 last:pb-0">
          <p className="font-medium text-slate-900">
            {RECORD_LABELS[correction.recordType]} corrected: {correction.reason}
          </p>
          <ul className="text-slate-700">
            {Object.entries(correction.previousValues).map(([field, value]) => (
              <li key={field} className="break-words">
                {FIELD_LABELS[field] ?? field} was: {describeValue(field, value)}
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">
            by {correction.correctedByName},{' '}
            <time dateTime={correction.correctedAt.toISOString()} className="whitespace-nowrap">
              {formatDateTime(correction.correctedAt, locale, timeZone)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
