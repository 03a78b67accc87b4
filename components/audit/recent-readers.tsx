import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/card';
import { formatDateTime } from '@/lib/i18n/format';
import type { RecentReader } from '@/lib/server/audit/list-recent-readers';

type Props = { readers: readonly RecentReader[]; locale: string; timeZone: string };

/** The last people who opened a child's record, each once, newest first. */
export async function RecentReaders({ readers, locale, timeZone }: Props) {
  const [t, roles] = await Promise.all([getTranslations('audit.readers'), getTranslations('common.roles')]);
  if (readers.length === 0) return <EmptyState title={t('empty')} />;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {readers.map((reader) => (
        <li key={reader.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
          <span>
            <span className="text-slate-900">{reader.name ?? t('unknownAccount')}</span>
            {reader.role ? <span className="text-slate-500"> · {roles(reader.role)}</span> : null}
          </span>
          <time dateTime={reader.lastReadAt.toISOString()} className="text-slate-600">
            {formatDateTime(reader.lastReadAt, locale, timeZone)}
          </time>
        </li>
      ))}
    </ul>
  );
}
