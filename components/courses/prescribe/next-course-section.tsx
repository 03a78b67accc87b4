import { SourceRefs } from '@/components/shared/source-refs';
import { TextField } from '@/components/ui/field';
import { COURSE_LIMITS } from '@/lib/domain/prescription/course-limits';
import type { ClinicDefaults } from '@/lib/domain/rules';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';
import { describeBreak } from './schedule-preview-panel';
import type { SuggestedValue } from './use-suggested-value';

type NextCourseProps = SectionProps & { breakDays: SuggestedValue; clinicDefaults: ClinicDefaults };

export function NextCourseSection({ errorFor, breakDays, clinicDefaults }: NextCourseProps) {
  const { min, max } = COURSE_LIMITS.breakAfterDays;
  const { suggested } = breakDays;
  const hint = (
    <>
      {breakDays.isFollowing ? 'Suggested' : 'The clinic suggests'} {suggested} days ({describeBreak(suggested)}) for
      the child&apos;s age when the course starts: in the first year the next course is due{' '}
      {clinicDefaults.firstYearCourseEveryMonths} months after this one starts (4 courses, one every 3rd month){' '}
      <SourceRefs ids={['002']} inline isLinked={false} />; otherwise {clinicDefaults.breakBetweenCoursesDays} days
      after the last session <SourceRefs ids={['001']} inline isLinked={false} />.
    </>
  );
  return (
    <FormSection id="prescribe-next-course" title="After the course">
      <TextField
        name="breakAfterDays"
        label="Break before the next course (days)"
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
