import { getTranslations } from 'next-intl/server';
import type { CourseProgress } from '@/lib/domain/course-progress';
import { CourseMovedOn, type RecordedOutcome } from '@/components/sessions/recorded-notice';
import { Notice } from '@/components/ui/notice';

type HomeSessionNoticeProps = {
  recorded: RecordedOutcome;
  /** Where the course stands after the save ("4 of 10 done"); null where the reader is not shown it. */
  progress: Pick<CourseProgress, 'done' | 'total'> | null;
  locale: string;
  dismissHref: string;
};

/** The parent's confirmation after recording a home session, in the parent's words. */
export async function HomeSessionNotice({ recorded, progress, locale, dismissHref }: HomeSessionNoticeProps) {
  const t = await getTranslations('children.notice');
  const progressSentence = progress ? ` ${t('progress', { done: progress.done, total: progress.total })}` : null;
  return (
    <Notice dismissHref={dismissHref}>
      <HomeSessionSentence recorded={recorded} locale={locale} />
      {progressSentence}
    </Notice>
  );
}

async function HomeSessionSentence({ recorded, locale }: { recorded: RecordedOutcome; locale: string }) {
  const t = await getTranslations('children.notice');
  switch (recorded.outcome) {
    case 'DONE':
      return recorded.isCourseComplete ? <>{t('doneLast')}</> : <>{t('done')}</>;
    case 'UNWELL':
      return (
        <>
          {t('unwell')} <CourseMovedOn resumesOn={recorded.resumesOn} makeUpOn={recorded.makeUpOn} locale={locale} />{' '}
          {t('unwellCall')}
        </>
      );
    // Only the clinic records these, but the address can still say so.
    case 'MISSED':
      return <>{t('missed')}</>;
    case 'POSTPONED':
      return <>{t('postponed')}</>;
    default: {
      const unknown: never = recorded.outcome;
      return unknown;
    }
  }
}
