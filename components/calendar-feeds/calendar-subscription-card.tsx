import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDateTime } from '@/lib/i18n/format';
import type { CalendarFeedSummary } from '@/lib/server/calendar-feeds/get-calendar-feed';
import { CreateCalendarFeedForm } from './create-calendar-feed-form';
import { RevokeLinkForm } from '@/components/link-tokens/revoke-link-form';

type Props = {
  /** What the calendar holds, e.g. "Mia's sessions". */
  description: string;
  feed: CalendarFeedSummary | null;
  createAction: FormAction;
  revokeAction: FormAction;
  /** The child of a family's calendar; none for a therapist's agenda. */
  patientId?: string;
  locale: string;
  timeZone: string;
};

/** "Subscribe in your calendar": a private .ics address, made, replaced and revoked here. */
export async function CalendarSubscriptionCard({
  description,
  feed,
  createAction,
  revokeAction,
  patientId,
  locale,
  timeZone,
}: Props) {
  const t = await getTranslations('calendar.subscription');
  return (
    <Card title={t('title')}>
      <p className="mb-4 text-sm text-slate-600">
        {description} {t('intro')}
      </p>
      {feed ? (
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3 text-sm">
          <p className="text-slate-700">
            {feed.lastUsedAt
              ? t('madeAndUsed', {
                  made: formatDateTime(feed.createdAt, locale, timeZone),
                  used: formatDateTime(feed.lastUsedAt, locale, timeZone),
                })
              : t('madeNeverUsed', { made: formatDateTime(feed.createdAt, locale, timeZone) })}
          </p>
          <RevokeLinkForm
            action={revokeAction}
            fields={patientId ? { feedId: feed.id, patientId } : { feedId: feed.id }}
            labels={{
              title: t('revoke.title'),
              description: t('revoke.description'),
              confirm: t('revoke.confirm'),
              cancel: t('revoke.cancel'),
              button: t('revoke.button'),
              buttonDetail: t('revoke.buttonDetail'),
            }}
          />
        </div>
      ) : null}
      <CreateCalendarFeedForm
        action={createAction}
        patientId={patientId}
        replacesLink={feed !== null}
        labels={{
          link: t('create.link'),
          open: t('create.open'),
          replaceTitle: t('create.replaceTitle'),
          replaceDescription: t('create.replaceDescription'),
          replaceConfirm: t('create.replaceConfirm'),
          replaceCancel: t('create.replaceCancel'),
          replaceButton: t('create.replaceButton'),
          pending: t('create.pending'),
          submit: t('create.submit'),
        }}
      />
    </Card>
  );
}
