import { Card } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDateTime } from '@/lib/i18n/format';
import type { CalendarFeedSummary } from '@/lib/server/calendar-feeds/get-calendar-feed';
import { CreateCalendarFeedForm } from './create-calendar-feed-form';
import { RevokeCalendarFeedForm } from './revoke-calendar-feed-form';

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
export function CalendarSubscriptionCard({
  description,
  feed,
  createAction,
  revokeAction,
  patientId,
  locale,
  timeZone,
}: Props) {
  return (
    <Card title="Subscribe in your calendar">
      <p className="mb-4 text-sm text-slate-600">
        {description} Your phone’s calendar keeps them up to date, with a reminder the evening before, and shows a
        session that is moved or called off. Anyone with the link can read the calendar: keep it to yourself.
      </p>
      {feed ? (
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3 text-sm">
          <p className="text-slate-700">
            Your calendar link was made {formatDateTime(feed.createdAt, locale, timeZone)} · last used{' '}
            {feed.lastUsedAt ? formatDateTime(feed.lastUsedAt, locale, timeZone) : 'never'}.
          </p>
          <RevokeCalendarFeedForm action={revokeAction} feedId={feed.id} patientId={patientId} />
        </div>
      ) : null}
      <CreateCalendarFeedForm action={createAction} patientId={patientId} replacesLink={feed !== null} />
    </Card>
  );
}
