import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/ui/field';
import { COURSE_LIMITS, SESSION_LOCATIONS } from '@/lib/domain/prescription/course-limits';
import { SourceRefs } from '@/components/shared/source-refs';
import { FIRST_SESSIONS_LIMIT } from '@/lib/domain/rules/durations';
import { FormSection } from './form-section';
import { useScheduleWords } from './schedule-preview-panel';
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
  const t = useTranslations('courses');
  const { describeGrowth } = useScheduleWords();
  const growth = plannedMinutes && plannedMinutes.length > 0 ? `${describeGrowth(plannedMinutes)} ` : '';
  const minutesHint = t.rich('prescribe.delivery.minutesHint', {
    following: minutes.isFollowing ? 'yes' : 'no',
    suggested: minutes.suggested,
    growth,
    max: maxMinutes,
    first: FIRST_SESSIONS_LIMIT.maxMinutes,
    source: () => <SourceRefs ids={FIRST_SESSIONS_LIMIT.source} inline isLinked={false} />,
  });
  const therapistOptions = [
    {
      value: '',
      label: therapists.length === 0 ? t('prescribe.delivery.noTherapists') : t('prescribe.delivery.noTherapist'),
    },
    ...therapists.map((therapist) => ({ value: therapist.id, label: therapist.name })),
  ];
  return (
    <FormSection id="prescribe-delivery" title={t('prescribe.delivery.title')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="location"
          label={t('prescribe.delivery.location')}
          options={SESSION_LOCATIONS.map((location) => ({ value: location, label: t(`locations.${location}`) }))}
          defaultValue={values.location}
          error={errorFor('location')}
        />
        <TextField
          name="minutesPerSession"
          label={t('prescribe.delivery.minutes')}
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
        label={t('prescribe.delivery.therapist')}
        options={therapistOptions}
        defaultValue={values.therapistId}
        error={errorFor('therapistId')}
        hint={
          therapists.length === 0 ? t('prescribe.delivery.therapistHintNone') : t('prescribe.delivery.therapistHint')
        }
      />
    </FormSection>
  );
}
