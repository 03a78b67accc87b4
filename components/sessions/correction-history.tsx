import { formatDateTime } from '@/lib/i18n/format';
import type { SessionCorrectionEntry } from '@/lib/server/sessions/session-corrections';
import { STATUS_LABELS, TOLERANCE_LABELS } from './labels';

type Props = { corrections: readonly SessionCorrectionEntry[]; locale: string; timeZone: string };

function describePrevious({ previous }: SessionCorrectionEntry): string {
  return [
    STATUS_LABELS[previous.status],
    previous.actualMinutes !== null ? `${previous.actualMinutes} min` : null,
    previous.tolerance ? TOLERANCE_LABELS[previous.tolerance] : null,
    previous.reason ? `reason: ${previous.reason}` : null,
    previous.notes ? `notes: ${previous.notes}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A session's corrections, newest first: what it said before each, who changed it, when and why. */
export function CorrectionHistory({ corrections, locale, timeZone }: Props) {
  if (corrections.length === 0) return null;
  return (
    <ol aria-label="Corrections" className="space-y-2 border-l-2 border-amber-300 pl-3 text-sm">
      {corrections.map((correction) => (
        <li key={correction.id}>
          <p className="break-words text-slate-700">
            <span className="font-medium">Before:</span> {describePrevious(correction)}
          </p>
          <p className="break-words text-xs text-slate-600">
            Corrected by {correction.correctedByName},{' '}
            <time dateTime={correction.correctedAt.toISOString()} className="whitespace-nowrap">
              {formatDateTime(correction.correctedAt, locale, timeZone)}
            </time>
            : {correction.reason}
          </p>
        </li>
      ))}
    </ol>
  );
}
