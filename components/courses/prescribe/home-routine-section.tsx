import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/field';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';

export function HomeRoutineSection({ values, errorFor }: SectionProps) {
  const t = useTranslations('courses.prescribe.homeRoutine');
  return (
    <FormSection id="prescribe-home-routine" title={t('title')} description={t('description')}>
      <TextAreaField
        name="homeRoutineNotes"
        label={t('notes')}
        rows={4}
        defaultValue={values.homeRoutineNotes}
        error={errorFor('homeRoutineNotes')}
        hint={t('hint')}
      />
    </FormSection>
  );
}
