import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/i18n/format';
import type { SessionCorrectionEntry } from '@/lib/server/sessions/session-corrections';

type Props = { corrections: readonly SessionCorrectionEntry[]; locale: string; timeZone: string };

type SessionsTranslator = ReturnType<typeof useTranslations<'sessions'>>;

function describePrevious({ previous }: SessionCorrectionEntry, t: SessionsTranslator): string {
  return [
    t(`status.${previous.status}`),
    previous.actualMinutes !== null ? t('history.minutes', { minutes: previous.actualMinutes }) : null,
    previous.tolerance ? t(`tolerance.${previous.tolerance}`) : null,
    previous.reason ? t('history.reason', { reason: previous.reason }) : null,
    previous.notes ? t('history.notes', { notes: previous.notes }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A session's corrections, newest first: what it said before each, who changed it, when and why. */
export function CorrectionHistory({ corrections, locale, timeZone }: Props) {
  const t = useTranslations('sessions');
  if (corrections.length === 0) return null;
  return (
    <ol aria-label={t('history.label')} className="space-y-2 border-l-2 border-amber-300 pl-3 text-sm">
      {corrections.map((correction) => (
        <li key={correction.id}>
          <p className="break-words text-slate-700">
            <span className="font-medium">{t('history.before')}</span> {describePrevious(correction, t)}
          </p>
          <p className="break-words text-xs text-slate-600">
            {t('history.correctedBy', { name: correction.correctedByName })}{' '}
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
