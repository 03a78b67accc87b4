import { useTranslations } from 'next-intl';
import { z } from 'zod';
import type { ReactNode } from 'react';
import { Notice } from '@/components/ui/notice';
import { isIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { formatWeekdayDate } from '@/lib/i18n/format';

/**
 * What was just recorded, carried to the next page in the URL after the redirect, so the
 * confirmation survives the reload and needs no client state. The facts are in the URL, the
 * words are made here (the therapist's) and in components/children (the parent's).
 */
export type RecordedOutcome = {
  outcome: 'DONE' | 'MISSED' | 'POSTPONED' | 'UNWELL';
  makeUpOn: IsoDate | null;
  /** After "not well today": the new date of the next session. */
  resumesOn: IsoDate | null;
  isCourseComplete: boolean;
  /** The minutes recorded drew recordedMinutesWarning's warning (the form showed its words). */
  isMinutesWarned?: boolean;
};

const isoDateParam = z
  .string()
  .refine(isIsoDate)
  .transform((date) => date as IsoDate);

const ZRecordedParams = z.object({
  recorded: z.enum(['DONE', 'MISSED', 'POSTPONED', 'UNWELL']),
  makeUpOn: isoDateParam.optional(),
  resumesOn: isoDateParam.optional(),
  complete: z.literal('1').optional(),
  minutes: z.literal('high').optional(),
});

export function recordedOutcomeHref(path: string, recorded: RecordedOutcome): string {
  const params = new URLSearchParams({ recorded: recorded.outcome });
  if (recorded.makeUpOn) params.set('makeUpOn', recorded.makeUpOn);
  if (recorded.resumesOn) params.set('resumesOn', recorded.resumesOn);
  if (recorded.isCourseComplete) params.set('complete', '1');
  if (recorded.isMinutesWarned) params.set('minutes', 'high');
  return `${path}?${params.toString()}`;
}

export function parseRecordedOutcome(
  searchParams: Record<string, string | string[] | undefined>,
): RecordedOutcome | null {
  const parsed = ZRecordedParams.safeParse(searchParams);
  if (!parsed.success) return null;
  return {
    outcome: parsed.data.recorded,
    makeUpOn: parsed.data.makeUpOn ?? null,
    resumesOn: parsed.data.resumesOn ?? null,
    isCourseComplete: parsed.data.complete === '1',
    isMinutesWarned: parsed.data.minutes === 'high',
  };
}

/** A date inside a sentence, as a <time> element in the reader's language. */
function dateTag(date: IsoDate) {
  function DateTag(chunks: ReactNode) {
    return <time dateTime={date}>{chunks}</time>;
  }
  return DateTag;
}

/**
 * After "not well today": where the rest of the course went. When the postponed session was the
 * last one left, the next session and the added one are the same.
 */
export function CourseMovedOn({
  resumesOn,
  makeUpOn,
  locale,
}: {
  resumesOn: IsoDate | null;
  makeUpOn: IsoDate | null;
  locale: string;
}) {
  const t = useTranslations('sessions.recorded');
  if (!makeUpOn) return null;
  if (!resumesOn || resumesOn === makeUpOn) {
    return t.rich('oneAdded', { date: dateTag(makeUpOn), day: formatWeekdayDate(makeUpOn, locale) });
  }
  return t.rich('movedOn', {
    next: dateTag(resumesOn),
    nextDay: formatWeekdayDate(resumesOn, locale),
    added: dateTag(makeUpOn),
    addedDay: formatWeekdayDate(makeUpOn, locale),
  });
}

/** The therapist's confirmation on the session list. */
export function RecordedNotice({
  recorded,
  locale,
  dismissHref,
}: {
  recorded: RecordedOutcome;
  locale: string;
  dismissHref: string;
}) {
  const t = useTranslations('sessions.recorded');
  return (
    <Notice dismissHref={dismissHref}>
      <RecordedSentence recorded={recorded} locale={locale} />
      {recorded.isCourseComplete ? <> {t('complete')}</> : null}
      {recorded.isMinutesWarned ? <> {t('minutesWarned')}</> : null}
    </Notice>
  );
}

function RecordedSentence({ recorded, locale }: { recorded: RecordedOutcome; locale: string }) {
  const t = useTranslations('sessions.recorded');
  const makeUp = recorded.makeUpOn ? (
    <> {t.rich('makeUp', { date: dateTag(recorded.makeUpOn), day: formatWeekdayDate(recorded.makeUpOn, locale) })}</>
  ) : null;
  switch (recorded.outcome) {
    case 'DONE':
      return <>{t('done')}</>;
    case 'MISSED':
      return (
        <>
          {t('missed')}
          {makeUp}
        </>
      );
    case 'POSTPONED':
      return (
        <>
          {t('postponed')}
          {makeUp}
        </>
      );
    case 'UNWELL':
      return (
        <>
          {t('unwell')} <CourseMovedOn resumesOn={recorded.resumesOn} makeUpOn={recorded.makeUpOn} locale={locale} />
        </>
      );
    default: {
      const unknown: never = recorded.outcome;
      return unknown;
    }
  }
}
