import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/i18n/format';
import type { RecordCorrectionItem } from '@/lib/server/patients/list-record-corrections';

/** The fields the patient and indication forms show, named for the history of their corrections. */
const FIELDS = [
  'firstName',
  'lastName',
  'dateOfBirth',
  'sex',
  'gestationalAgeDays',
  'umbilicalWoundHealedOn',
  'notes',
  'guardianIds',
  'kind',
  'diagnosis',
  'icd10Code',
  'diagnosedOn',
] as const;
type Field = (typeof FIELDS)[number];

function isField(field: string): field is Field {
  return (FIELDS as readonly string[]).includes(field);
}

type Props = { corrections: readonly RecordCorrectionItem[]; locale: string; timeZone: string };

/** Each correction of the child's details or indications, newest first: what it said before, who, when, why. */
export function RecordCorrectionsList({ corrections, locale, timeZone }: Props) {
  const t = useTranslations('patients.corrections');

  function describeValue(field: string, value: unknown): string {
    if (value === null || value === '') return t('empty');
    // Guardians are kept as account ids: the count says what changed without naming anyone.
    if (field === 'guardianIds' && Array.isArray(value)) return t('guardiansLinked', { count: value.length });
    return String(value);
  }

  return (
    <ol aria-label={t('label')} className="divide-y divide-slate-100 text-sm">
      {corrections.map((correction) => (
        <li key={correction.id} className="space-y-1 py-2 first:pt-0 last:pb-0">
          <p className="font-medium text-slate-900">
            {t(`corrected.${correction.recordType}`, { reason: correction.reason })}
          </p>
          <ul className="text-slate-700">
            {Object.entries(correction.previousValues).map(([field, value]) => (
              <li key={field} className="break-words">
                {t('previousValue', {
                  field: isField(field) ? t(`fields.${field}`) : field,
                  value: describeValue(field, value),
                })}
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">
            {t('by', { name: correction.correctedByName })}{' '}
            <time dateTime={correction.correctedAt.toISOString()} className="whitespace-nowrap">
              {formatDateTime(correction.correctedAt, locale, timeZone)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
