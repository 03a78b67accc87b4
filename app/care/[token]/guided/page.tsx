import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CareLinkThrottled } from '@/components/care-links/care-link-throttled';
import { GuidedPage } from '@/components/children/guided/guided-page';
import { clinicToday } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { careLinkView } from '@/lib/server/care-links/care-link-view';
import { openCareLink } from '@/lib/server/care-links/open-care-link';
import { requestAddress } from '@/lib/server/link-tokens/request-address';
import { recordCareLinkSessionAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('children.guided');
  return { title: t('metadataTitle') };
}

type Props = { params: Promise<{ token: string }> };

/** The guided mode of today's home session, for a caregiver with the parent's link. */
export default async function CareLinkGuidedPage({ params }: Props) {
  const { token } = await params;
  const opening = await openCareLink(token, await requestAddress());
  if (opening.status === 'THROTTLED') return <CareLinkThrottled />;
  if (opening.status === 'REFUSED') notFound();
  const { child, course } = await careLinkView(opening.link);
  return (
    <main className="px-4 py-4">
      <GuidedPage
        childName={child.firstName}
        course={course}
        today={clinicToday()}
        locale={await getRequestLocale()}
        action={recordCareLinkSessionAction.bind(null, token)}
        exitHref={`/care/${token}`}
      />
    </main>
  );
}
