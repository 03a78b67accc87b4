import { LOCATION_LABELS } from '@/components/sessions/labels';
import { SelectField, TextField } from '@/components/ui/field';
import { COURSE_LIMITS, SESSION_LOCATIONS } from '@/lib/domain/prescription/course-limits';
import { SourceRefs } from '@/components/shared/source-refs';
import { FIRST_SESSIONS_LIMIT } from '@/lib/domain/rules';
import { FormSection } from './form-section';
import { describeGrowth } from './schedule-preview-panel';
import type { SectionProps, TherapistOption } from './form-values';
import type { SuggestedValue } from './use-suggested-value';

type DeliveryProps = SectionProps & {
  therapists: TherapistOption[];
  minutes: SuggestedValue;
  maxMinutes: number;
  /** Each session's plan, once the schedule can be read. */
  plannedMinutes: readonly number[] | null;
};

export function DeliverySection({ values, errorFor, therapists, minutes, maxMinutes, plannedMinutes }: DeliveryProps) {
  const growth = plannedMinutes && plannedMinutes.length > 0 ? `${describeGrowth(plannedMinutes)} ` : '';
  const minutesHint = (
    <>
      {minutes.isFollowing ? 'The routine’s total, rounded up. ' : `The routine takes about ${minutes.suggested} min. `}
      {growth}At this age at most {maxMinutes} minutes (clinic setting); a child’s massage begins with sessions of up to{' '}
      {FIRST_SESSIONS_LIMIT.maxMinutes} minutes <SourceRefs ids={FIRST_SESSIONS_LIMIT.source} inline isLinked={false} />
      .
    </>
  );
  const therapistOptions = [
    { value: '', label: therapists.length === 0 ? 'No therapists yet' : 'No therapist' },
    ...therapists.map((therapist) => ({ value: therapist.id, label: therapist.name })),
  ];
  return (
    <FormSection id="prescribe-delivery" title="Where and by whom">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="location"
          label="Location"
          options={SESSION_LOCATIONS.map((location) => ({ value: location, label: LOCATION_LABELS[location] }))}
          defaultValue={values.location}
          error={errorFor('location')}
        />
        <TextField
          name="minutesPerSession"
          label="Minutes per session"
          type="number"
          inputMode="numeric"
          min={COURSE_LIMITS.minutesPerSession.min}
          max={COURSE_LIMITS.minutesPerSession.max}
          value={minutes.value}
          onChange={minutes.onChange}
          error={errorFor('minutesPerSession')}
          hint={minutesHint}
        />
      </div>
      <SelectField
        name="therapistId"
        label="Therapist"
        options={therapistOptions}
        defaultValue={values.therapistId}
        error={errorFor('therapistId')}
        hint={
          therapists.length === 0
            ? 'A clinic admin adds therapist accounts; clinic sessions need one.'
            : 'Required for clinic sessions.'
        }
      />
    </FormSection>
  );
}
