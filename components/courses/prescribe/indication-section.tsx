import { SelectField } from '@/components/ui/field';
import { FormSection } from './form-section';
import type { IndicationOption, SectionProps } from './form-values';

export function IndicationSection({
  values,
  errorFor,
  indications,
}: SectionProps & { indications: IndicationOption[] }) {
  const options = [
    { value: '', label: 'Choose…' },
    ...indications.map((indication) => ({ value: indication.id, label: indication.label })),
  ];
  return (
    <FormSection id="prescribe-indication" title="What the course treats">
      <SelectField
        name="indicationId"
        label="Indication"
        options={options}
        defaultValue={values.indicationId}
        error={errorFor('indicationId')}
      />
    </FormSection>
  );
}
