import { formatDate } from '@/lib/i18n/format';
import type { CourseCancellation } from '@/lib/server/courses/course-summary';

/** "Cancelled on 21 Nov 2026 by Dr Olga Petrova. Reason: …": the same words for staff and parents. */
export function CancellationNote({ cancellation, locale }: { cancellation: CourseCancellation; locale: string }) {
  const { cancelledOn, cancelledByName, reason } = cancellation;
  return (
    <p className="break-words text-sm text-slate-700">
      Cancelled
      {cancelledOn ? (
        <>
          {' on '}
          <time dateTime={cancelledOn}>{formatDate(cancelledOn, locale)}</time>
        </>
      ) : null}
      {cancelledByName ? ` by ${cancelledByName}` : null}. {reason ? `Reason: ${reason}` : 'No reason was recorded.'}
    </p>
  );
}
