import { getTranslations } from 'next-intl/server';
import { Badge, Card } from '@/components/ui/card';
import { MountOnOpen } from '@/components/ui/mount-on-open';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDateTime } from '@/lib/i18n/format';
import type { CareLinkRow } from '@/lib/server/care-links/list-care-links';
import { CreateCareLinkForm } from './create-care-link-form';
import { RevokeLinkForm } from '@/components/link-tokens/revoke-link-form';

type Props = {
  patientId: string;
  firstName: string;
  links: CareLinkRow[];
  createAction: FormAction;
  revokeAction: FormAction;
  locale: string;
  timeZone: string;
};

/** The parent's links for other caregivers: make one, see when each was last used, revoke it. */
export async function CareLinksCard({
  patientId,
  firstName,
  links,
  createAction,
  revokeAction,
  locale,
  timeZone,
}: Props) {
  const t = await getTranslations('care.links');
  return (
    <Card title={t('title')}>
      <p className="mb-4 text-sm text-slate-600">{t('intro', { firstName })}</p>
      <MountOnOpen summary={t('makeSummary')}>
        <CreateCareLinkForm
          action={createAction}
          patientId={patientId}
          labels={{
            link: t('form.link'),
            name: t('form.name'),
            nameHint: t('form.nameHint'),
            days: t('form.days'),
            pending: t('form.pending'),
            submit: t('form.submit'),
          }}
        />
      </MountOnOpen>
      {links.length > 0 ? (
        <ul className="mt-6 divide-y divide-slate-200" aria-label={t('list')}>
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {link.caregiverName}{' '}
                  <Badge tone={link.state === 'ACTIVE' ? 'good' : 'neutral'}>{t('state', { state: link.state })}</Badge>
                </p>
                <p className="text-slate-600">
                  {t(link.state === 'ACTIVE' ? 'worksUntil' : 'made', {
                    date: formatDateTime(link.state === 'ACTIVE' ? link.expiresAt : link.createdAt, locale, timeZone),
                  })}{' '}
                  ·{' '}
                  {link.lastUsedAt
                    ? t('lastUsed', { date: formatDateTime(link.lastUsedAt, locale, timeZone) })
                    : t('neverUsed')}
                </p>
              </div>
              {link.state === 'ACTIVE' ? (
                <RevokeLinkForm
                  action={revokeAction}
                  fields={{ patientId, careLinkId: link.id }}
                  labels={{
                    title: t('revoke.title', { caregiverName: link.caregiverName }),
                    description: t('revoke.description'),
                    confirm: t('revoke.confirm'),
                    cancel: t('revoke.cancel'),
                    button: t('revoke.button'),
                    buttonDetail: t('revoke.buttonDetail', { caregiverName: link.caregiverName }),
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
