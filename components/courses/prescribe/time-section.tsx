import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import { formatMinute, hasRoomChoice, type ClinicDay } from '@/lib/domain/clinic-day';
import type { SessionTimes } from '@/lib/domain/prescription/session-times';
import { formatSessionDate } from '@/components/shared/format-session-date';
import { FormSection } from './form-section';
import type { SectionProps } from './form-values';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

type TimeSectionProps = SectionProps & {
  times: SessionTimes;
  clinicDay: ClinicDay;
  /** The bookings could not be loaded. */
  loadError: string | null;
  locale: string;
};

/**
 * The first clinic session's start, chosen from the therapist's free slots within opening hours
 * (and the room, where the clinic has several). The later sessions keep this time where free.
 */
export function TimeSection({ values, errorFor, times, clinicDay, loadError, locale }: TimeSectionProps) {
  const t = useTranslations('courses.prescribe.time');
  const read = useTranslateMessage();
  if (times.status === 'NOT_NEEDED') return null;
  const ready = times.status === 'READY' ? times : null;
  const offered = ready?.offered ?? [];
  const chosenIsOffered = offered.some((start) => formatMinute(start) === values.startTime);
  const options = [
    { value: '', label: ready ? t('choose') : '—' },
    ...offered.map((start) => ({ value: formatMinute(start), label: formatMinute(start) })),
    // A time chosen before the therapist or the day changed stays visible, with why it no longer fits.
    ...(values.startTime && !chosenIsOffered
      ? [{ value: values.startTime, label: t('notFree', { time: values.startTime }) }]
      : []),
  ];
  const hint =
    times.status === 'READY'
      ? t('hint', { date: formatSessionDate(times.firstDay, locale), minutes: times.span })
      : read(loadError ?? times.reason);
  return (
    <FormSection id="prescribe-time" title={t('title')}>
      <div className="grid gap-4 sm:grid-cols-2">
        {hasRoomChoice(clinicDay) ? (
          <SelectField
            name="room"
            label={t('room')}
            options={[
              { value: '', label: t('chooseRoom') },
              ...clinicDay.rooms.map((room) => ({ value: room, label: room })),
            ]}
            value={values.room}
            onChange={() => undefined}
            error={errorFor('room')}
          />
        ) : null}
        <SelectField
          name="startTime"
          label={t('startTime')}
          options={options}
          value={values.startTime}
          onChange={() => undefined}
          disabled={!ready}
          error={errorFor('startTime')}
          hint={hint}
        />
      </div>
    </FormSection>
  );
}
