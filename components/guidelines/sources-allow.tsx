import { useTranslations } from 'next-intl';
import { CitedText } from '@/components/shared/source-refs';
import { CLINIC_DEFAULT_FIELDS, type ClinicDefaultField } from '@/lib/domain/rules';

/** The range the sources allow for a clinic setting, and the note that cites them. */
export function SourcesAllow({ field }: { field: ClinicDefaultField }) {
  const t = useTranslations('guidelines');
  const settings = useTranslations('settings');
  const { min, max, unit } = CLINIC_DEFAULT_FIELDS[field];
  return (
    <>
      {t('sourcesAllow', { min, max, unit: settings(`units.${unit}`, { count: max }) })}{' '}
      <CitedText text={settings(`defaults.notes.${field}`)} />
    </>
  );
}
