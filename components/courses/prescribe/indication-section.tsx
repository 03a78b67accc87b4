import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import { FormSection } from './form-section';
import type { IndicationOption, SectionProps } from './form-values';

export function IndicationSection({
  values,
  errorFor,
  indications,
}: SectionProps & { indications: IndicationOption[] }) {
  const t = useTranslations('courses.prescribe.indicationSection');
  const options = [
    { value: '', label: t('choose') },
    ...indications.map((indication) => ({ value: indication.id, label: indication.label })),
  ];
  return (
    <FormSection id="prescribe-indication" title={t('title')}>
      <SelectField
        name="indicationId"
        label={t('indication')}
        options={options}
        defaultValue={values.indicationId}
        error={errorFor('indicationId')}
      />
    </FormSection>
  );
}
