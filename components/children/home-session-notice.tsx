import { CourseMovedOn, type RecordedOutcome } from '@/components/sessions/recorded-notice';
import { Notice } from '@/components/ui/notice';

type HomeSessionNoticeProps = {
  recorded: RecordedOutcome;
  /** "4 of 10 done", read after the save. */
  progressLabel: string | null;
  locale: string;
  dismissHref: string;
};

/** The parent's confirmation after recording a home session, in the parent's words. */
export function HomeSessionNotice({ recorded, progressLabel, locale, dismissHref }: HomeSessionNoticeProps) {
  const progress = progressLabel ? ` Progress: ${progressLabel}.` : null;
  return (
    <Notice dismissHref={dismissHref}>
      <HomeSessionSentence recorded={recorded} locale={locale} />
      {progress}
    </Notice>
  );
}

function HomeSessionSentence({ recorded, locale }: { recorded: RecordedOutcome; locale: string }) {
  switch (recorded.outcome) {
    case 'DONE':
      return recorded.isCourseComplete ? (
        <>Session marked done. That was the last one: the course is complete.</>
      ) : (
        <>Session marked done. Thank you!</>
      );
    case 'UNWELL':
      return (
        <>
          Session postponed: not well today.{' '}
          <CourseMovedOn resumesOn={recorded.resumesOn} makeUpOn={recorded.makeUpOn} locale={locale} /> If the baby has
          a fever or you are worried, call the clinic.
        </>
      );
    // Only the clinic records these, but the address can still say so.
    case 'MISSED':
      return <>Session marked missed.</>;
    case 'POSTPONED':
      return <>Session postponed.</>;
    default: {
      const unknown: never = recorded.outcome;
      return unknown;
    }
  }
}
