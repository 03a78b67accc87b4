import { TextAreaField } from '@/components/ui/field';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';

export function HomeRoutineSection({ values, errorFor }: SectionProps) {
  return (
    <FormSection
      id="prescribe-home-routine"
      title="Home routine"
      description="Parents see this with the course calendar."
    >
      <TextAreaField
        name="homeRoutineNotes"
        label="Notes for the home routine"
        rows={4}
        defaultValue={values.homeRoutineNotes}
        error={errorFor('homeRoutineNotes')}
        hint="e.g. when to massage, what to watch for, when to stop and call the clinic."
      />
    </FormSection>
  );
}
