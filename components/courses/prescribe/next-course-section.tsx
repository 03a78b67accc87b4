import { useTranslations } from 'next-intl';
import { SourceRefs } from '@/components/shared/source-refs';
import { TextField } from '@/components/ui/field';
import { COURSE_LIMITS } from '@/lib/domain/prescription/course-limits';
import type { ClinicDefaults } from '@/lib/domain/rules/clinic-defaults';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';
import { useScheduleWords } from './schedule-preview-panel';
import type { SuggestedValue } from './use-suggested-value';

type NextCourseProps = SectionProps & { breakDays: SuggestedValue; clinicDefaults: ClinicDefaults };

export function NextCourseSection({ errorFor, breakDays, clinicDefaults }: NextCourseProps) {
  const t = useTranslations('courses.prescribe.nextCourse');
  const { describeBreak } = useScheduleWords();
  const { min, max } = COURSE_LIMITS.breakAfterDays;
  const { suggested } = breakDays;
  const hint = t.rich('hint', {
    following: breakDays.isFollowing ? 'yes' : 'no',
    days: suggested,
    about: describeBreak(suggested),
    months: clinicDefaults.firstYearCourseEveryMonths,
    breakDays: clinicDefaults.breakBetweenCoursesDays,
    firstYearSource: () => <SourceRefs ids={['002']} inline isLinked={false} />,
    breakSource: () => <SourceRefs ids={['001']} inline isLinked={false} />,
  });
  return (
    <FormSection id="prescribe-next-course" title={t('title')}>
      <TextField
        name="breakAfterDays"
        label={t('label')}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={breakDays.value}
        onChange={breakDays.onChange}
        error={errorFor('breakAfterDays')}
        hint={hint}
      />
    </FormSection>
  );
}
