import { useTranslations } from 'next-intl';
import { formatDate } from '@/lib/i18n/format';
import type { CourseCancellation } from '@/lib/server/courses/course-summary';

/** "Cancelled on 21 Nov 2026 by Dr Olga Petrova. Reason: …": the same words for staff and parents. */
export function CancellationNote({ cancellation, locale }: { cancellation: CourseCancellation; locale: string }) {
  const t = useTranslations('courses.cancellation');
  const { cancelledOn, cancelledByName, reason } = cancellation;
  const date = cancelledOn ? <time dateTime={cancelledOn}>{formatDate(cancelledOn, locale)}</time> : null;
  return (
    <p className="break-words text-sm text-slate-700">
      {t.rich('cancelled', {
        when: cancelledOn ? 'on' : 'unknown',
        who: cancelledByName ? 'known' : 'unknown',
        name: cancelledByName ?? '',
        date: () => date,
      })}{' '}
      {reason ? t('reason', { reason }) : t('noReason')}
    </p>
  );
}
