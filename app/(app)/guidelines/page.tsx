import type { Metadata } from 'next';
import Link from 'next/link';
import { RuleBook } from '@/components/guidelines/rule-book';
import { PageHeader } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { getClinicDefaults } from '@/lib/server/settings/clinic-defaults';

export const metadata: Metadata = { title: 'Guidelines' };

export default async function GuidelinesPage() {
  const actor = await requirePage('/guidelines');
  const defaults = await getClinicDefaults();
  return (
    <>
      <PageHeader
        title="Guidelines"
        subtitle={
          <>
            The clinic’s rule book for infant massage, each rule with the source texts it comes from. Values marked
            “Clinic setting” are this clinic’s choice within the sources’ range
            {can(actor.role, 'MANAGE_CLINIC_SETTINGS') ? (
              <>
                {' '}
                (
                <Link href="/admin/settings" className="font-medium text-brand-700 underline">
                  change them
                </Link>
                )
              </>
            ) : null}
            .
          </>
        }
        actions={<PrintButton />}
      />
      <RuleBook defaults={defaults} />
    </>
  );
}
