import { useTranslations } from 'next-intl';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { WEEKDAYS, type IsoDate } from '@/lib/domain/calendar-date';
import { COURSE_LIMITS } from '@/lib/domain/prescription/course-limits';
import type { RoutinePlan } from '@/lib/domain/prescription/decide-prescription';
import { SourceRefs } from '@/components/shared/source-refs';
import { COURSE_GUIDANCE } from '@/lib/domain/rules/durations';
import { FREQUENCIES } from '@/lib/domain/schedule';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

export function ScheduleSection({
  values,
  errorFor,
  dateOfBirth,
  plan,
  clinicSessions,
}: SectionProps & { dateOfBirth: IsoDate; plan: RoutinePlan; clinicSessions: number }) {
  const t = useTranslations('courses');
  const read = useTranslateMessage();
  const weekdayOptions = WEEKDAYS.map((day) => ({ value: String(day), label: t(`weekdays.${day}`) }));
  // The age gate at the start date, beside the start date, while it refuses or warns.
  const startDateHint =
    plan.status !== 'READY' || plan.gate.level === 'OK'
      ? t('prescribe.schedule.startDateHint')
      : plan.gate.level === 'REFUSE'
        ? t('prescribe.schedule.cannotStart', { message: read(plan.gate.message) })
        : read(plan.gate.message);
  const { sessionCount, restAfterEvery, restDays } = COURSE_LIMITS;
  const intensive = COURSE_GUIDANCE.intensiveTherapeuticSessions;
  const isWeekdays = values.frequency === 'WEEKDAYS';
  return (
    <FormSection
      id="prescribe-schedule"
      title={t('prescribe.schedule.title')}
      description={t.rich('prescribe.schedule.description', {
        source: () => <SourceRefs ids={['001']} inline isLinked={false} />,
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="sessionCount"
          label={t('prescribe.schedule.sessionCount')}
          type="number"
          inputMode="numeric"
          min={sessionCount.min}
          max={sessionCount.max}
          defaultValue={values.sessionCount}
          error={errorFor('sessionCount')}
          hint={t.rich('prescribe.schedule.sessionCountHint', {
            clinic: clinicSessions,
            min: intensive.min,
            max: intensive.max,
            limitMin: sessionCount.min,
            limitMax: sessionCount.max,
            source: () => <SourceRefs ids={intensive.source} inline isLinked={false} />,
          })}
        />
        <TextField
          name="startDate"
          label={t('prescribe.schedule.startDate')}
          type="date"
          min={dateOfBirth}
          defaultValue={values.startDate}
          error={errorFor('startDate')}
          hint={startDateHint}
        />
      </div>
      <SelectField
        name="frequency"
        label={t('prescribe.schedule.frequency')}
        options={FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`frequencies.${frequency}`) }))}
        defaultValue={values.frequency}
        error={errorFor('frequency')}
        hint={t.rich('prescribe.schedule.frequencyHint', {
          source: () => <SourceRefs ids={['001', '002']} inline isLinked={false} />,
        })}
      />
      <CheckboxGroup
        name="weekdays"
        legend={t('prescribe.schedule.sessionDays')}
        options={weekdayOptions}
        defaultValues={values.weekdays}
        error={errorFor('weekdays')}
        inline
        hidden={!isWeekdays}
        disabled={!isWeekdays}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="restAfterEvery"
          label={t('prescribe.schedule.restAfterEvery')}
          type="number"
          inputMode="numeric"
          min={restAfterEvery.min}
          max={restAfterEvery.max}
          defaultValue={values.restAfterEvery}
          error={errorFor('restAfterEvery')}
          hint={t('prescribe.schedule.restAfterEveryHint')}
        />
        <TextField
          name="restDays"
          label={t('prescribe.schedule.restDays')}
          type="number"
          inputMode="numeric"
          min={restDays.min}
          max={restDays.max}
          defaultValue={values.restDays}
          error={errorFor('restDays')}
          hint={t.rich('prescribe.schedule.restDaysHint', {
            source: () => <SourceRefs ids={['001']} inline isLinked={false} />,
          })}
        />
      </div>
      <CheckboxGroup
        name="daysOff"
        legend={t('prescribe.schedule.daysOff')}
        options={weekdayOptions}
        defaultValues={values.daysOff}
        error={errorFor('daysOff')}
        hint={t('prescribe.schedule.daysOffHint')}
        inline
      />
    </FormSection>
  );
}
