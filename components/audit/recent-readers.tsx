import { EmptyState } from '@/components/ui/card';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { formatDateTime } from '@/lib/i18n/format';
import type { RecentReader } from '@/lib/server/audit/list-recent-readers';

type Props = { readers: readonly RecentReader[]; locale: string; timeZone: string };

/** The last people who opened a child's record, each once, newest first. */
export function RecentReaders({ readers, locale, timeZone }: Props) {
  if (readers.length === 0) return <EmptyState title="Nobody has opened this record yet." />;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {readers.map((reader) => (
        <li key={reader.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
          <span>
            <span className="text-slate-900">{reader.name ?? 'Unknown account'}</span>
            {reader.role ? <span className="text-slate-500"> · {ROLE_LABELS[reader.role]}</span> : null}
          </span>
          <time dateTime={reader.lastReadAt.toISOString()} className="text-slate-600">
            {formatDateTime(reader.lastReadAt, locale, timeZone)}
          </time>
        </li>
      ))}
    </ul>
  );
}
