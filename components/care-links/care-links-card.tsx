import { Badge, Card } from '@/components/ui/card';
import { MountOnOpen } from '@/components/ui/mount-on-open';
import type { FormAction } from '@/components/ui/use-action-form';
import { CARE_LINK_STATE_LABELS } from '@/lib/domain/care-links';
import { formatDateTime } from '@/lib/i18n/format';
import type { CareLinkRow } from '@/lib/server/care-links/list-care-links';
import { CreateCareLinkForm } from './create-care-link-form';
import { RevokeCareLinkForm } from './revoke-care-link-form';

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
export function CareLinksCard({ patientId, firstName, links, createAction, revokeAction, locale, timeZone }: Props) {
  return (
    <Card title="Share with another caregiver">
      <p className="mb-4 text-sm text-slate-600">
        A link lets someone without an account (a grandparent, a nanny) see {firstName}’s first name, age, home routine,
        safety rules and calendar, and record home sessions under their own name. Nothing else.
      </p>
      <MountOnOpen summary="Make a link for a caregiver">
        <CreateCareLinkForm action={createAction} patientId={patientId} />
      </MountOnOpen>
      {links.length > 0 ? (
        <ul className="mt-6 divide-y divide-slate-200" aria-label="Caregiver links">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {link.caregiverName}{' '}
                  <Badge tone={link.state === 'ACTIVE' ? 'good' : 'neutral'}>
                    {CARE_LINK_STATE_LABELS[link.state]}
                  </Badge>
                </p>
                <p className="text-slate-600">
                  {link.state === 'ACTIVE' ? 'Works until' : 'Made'}{' '}
                  {formatDateTime(link.state === 'ACTIVE' ? link.expiresAt : link.createdAt, locale, timeZone)} · last
                  used {link.lastUsedAt ? formatDateTime(link.lastUsedAt, locale, timeZone) : 'never'}
                </p>
              </div>
              {link.state === 'ACTIVE' ? (
                <RevokeCareLinkForm
                  action={revokeAction}
                  patientId={patientId}
                  careLinkId={link.id}
                  caregiverName={link.caregiverName}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
