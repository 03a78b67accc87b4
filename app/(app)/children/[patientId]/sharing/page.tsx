import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CalendarSubscriptionCard } from '@/components/calendar-feeds/calendar-subscription-card';
import { CareLinksCard } from '@/components/care-links/care-links-card';
import { GuardianInvitationsCard } from '@/components/guardian-invitations/guardian-invitations-card';
import { DownloadRecordLink } from '@/components/fhir/download-record-link';
import { PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getCalendarFeed } from '@/lib/server/calendar-feeds/get-calendar-feed';
import { listCareLinks } from '@/lib/server/care-links/list-care-links';
import { listGuardianInvitations } from '@/lib/server/guardian-invitations/list-guardian-invitations';
import { getFamilyChild } from '@/lib/server/patients/get-family-child';
import {
  createCareLinkAction,
  createChildCalendarFeedAction,
  inviteGuardianAction,
  revokeCareLinkAction,
  revokeChildCalendarFeedAction,
  revokeGuardianInvitationAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('children.sharing');
  return { title: t('metadataTitle') };
}

type Props = { params: Promise<{ patientId: string }> };

/**
 * Who else follows the child's course, on a page of its own so the parent's page stays short:
 * a link for a carer without an account, the calendar subscription, another guardian's invitation,
 * and the child's record as a file for another doctor.
 */
export default async function SharingPage({ params }: Props) {
  const actor = await requirePage('/children/[patientId]/sharing');
  const { patientId } = await params;
  // Another family's child, or an id that does not exist, looks the same: not found.
  const patient = await orNotFound(getFamilyChild(actor, patientId));
  const [t, locale, careLinks, calendarFeed, invitations] = await Promise.all([
    getTranslations('children.sharing'),
    getRequestLocale(),
    listCareLinks(actor, patient.id),
    getCalendarFeed(actor, patient.id),
    listGuardianInvitations(actor, patient.id),
  ]);
  const timeZone = clinicTimeZone();

  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-3 text-sm">
        <Link
          href={`/children/${patient.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {t('back', { firstName: patient.firstName })}
        </Link>
      </p>
      <PageHeader
        title={t('heading', { firstName: patient.firstName })}
        actions={<DownloadRecordLink role={actor.role} patientId={patient.id} />}
      />
      <div className="space-y-4">
        <CareLinksCard
          patientId={patient.id}
          firstName={patient.firstName}
          links={careLinks}
          createAction={createCareLinkAction}
          revokeAction={revokeCareLinkAction}
          locale={locale}
          timeZone={timeZone}
        />
        <CalendarSubscriptionCard
          description={t('calendarDescription', { firstName: patient.firstName })}
          feed={calendarFeed}
          createAction={createChildCalendarFeedAction}
          revokeAction={revokeChildCalendarFeedAction}
          patientId={patient.id}
          locale={locale}
          timeZone={timeZone}
        />
        <GuardianInvitationsCard
          patientId={patient.id}
          firstName={patient.firstName}
          invitations={invitations}
          inviteAction={inviteGuardianAction}
          revokeAction={revokeGuardianInvitationAction}
          locale={locale}
          timeZone={timeZone}
        />
      </div>
    </div>
  );
}
