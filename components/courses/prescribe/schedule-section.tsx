import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { WEEKDAY_SHORT_NAMES, WEEKDAYS, type IsoDate } from '@/lib/domain/calendar-date';
import { COURSE_LIMITS } from '@/lib/domain/prescription/course-limits';
import type { RoutinePlan } from '@/lib/domain/prescription/decide-prescription';
import { SourceRefs } from '@/components/shared/source-refs';
import { COURSE_GUIDANCE } from '@/lib/domain/rules';
import { FREQUENCIES } from '@/lib/domain/schedule';
import { FREQUENCY_LABELS } from '../labels';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';

const WEEKDAY_OPTIONS = WEEKDAYS.map((day) => ({ value: String(day), label: WEEKDAY_SHORT_NAMES[day] }));

/** The age gate at the start date, beside the start date, while it refuses or warns. */
function startDateHint(plan: RoutinePlan): string {
  const usual = 'The first session is on the first session day from this date.';
  if (plan.status !== 'READY' || plan.gate.level === 'OK') return usual;
  return `${plan.gate.level === 'REFUSE' ? 'Cannot start then: ' : ''}${plan.gate.message}`;
}

export function ScheduleSection({
  values,
  errorFor,
  dateOfBirth,
  plan,
  clinicSessions,
}: SectionProps & { dateOfBirth: IsoDate; plan: RoutinePlan; clinicSessions: number }) {
  const { sessionCount, restAfterEvery, restDays } = COURSE_LIMITS;
  const intensive = COURSE_GUIDANCE.intensiveTherapeuticSessions;
  const isWeekdays = values.frequency === 'WEEKDAYS';
  return (
    <FormSection
      id="prescribe-schedule"
      title="Schedule"
      description={
        <>
          A course is usually 10 sessions, then a break of about two months{' '}
          <SourceRefs ids={['001']} inline isLinked={false} />.
        </>
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="sessionCount"
          label="Number of sessions"
          type="number"
          inputMode="numeric"
          min={sessionCount.min}
          max={sessionCount.max}
          defaultValue={values.sessionCount}
          error={errorFor('sessionCount')}
          hint={
            <>
              Clinic default {clinicSessions}; therapeutic courses {intensive.min}-{intensive.max}{' '}
              <SourceRefs ids={intensive.source} inline isLinked={false} />. {sessionCount.min}-{sessionCount.max}.
            </>
          }
        />
        <TextField
          name="startDate"
          label="Start date"
          type="date"
          min={dateOfBirth}
          defaultValue={values.startDate}
          error={errorFor('startDate')}
          hint={startDateHint(plan)}
        />
      </div>
      <SelectField
        name="frequency"
        label="Frequency"
        options={FREQUENCIES.map((frequency) => ({ value: frequency, label: FREQUENCY_LABELS[frequency] }))}
        defaultValue={values.frequency}
        error={errorFor('frequency')}
        hint={
          <>
            Every other day where pain is marked, daily where it is mild{' '}
            <SourceRefs ids={['001', '002']} inline isLinked={false} />.
          </>
        }
      />
      <CheckboxGroup
        name="weekdays"
        legend="Session days"
        options={WEEKDAY_OPTIONS}
        defaultValues={values.weekdays}
        error={errorFor('weekdays')}
        inline
        hidden={!isWeekdays}
        disabled={!isWeekdays}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="restAfterEvery"
          label="Rest after every (sessions)"
          type="number"
          inputMode="numeric"
          min={restAfterEvery.min}
          max={restAfterEvery.max}
          defaultValue={values.restAfterEvery}
          error={errorFor('restAfterEvery')}
          hint="Optional, e.g. 5 for a rest break after every 5 sessions."
        />
        <TextField
          name="restDays"
          label="Rest days"
          type="number"
          inputMode="numeric"
          min={restDays.min}
          max={restDays.max}
          defaultValue={values.restDays}
          error={errorFor('restDays')}
          hint={
            <>
              Length of each rest break; with hypertonia up to 2 days{' '}
              <SourceRefs ids={['001']} inline isLinked={false} />.
            </>
          }
        />
      </div>
      <CheckboxGroup
        name="daysOff"
        legend="Days off"
        options={WEEKDAY_OPTIONS}
        defaultValues={values.daysOff}
        error={errorFor('daysOff')}
        hint="No sessions on these days, e.g. Sat and Sun."
        inline
      />
    </FormSection>
  );
}
