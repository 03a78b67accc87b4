import type { Metadata } from 'next';
import Link from 'next/link';
import { ClinicDayForm } from '@/components/settings/clinic-day-form';
import { ClinicDefaultsForm } from '@/components/settings/clinic-defaults-form';
import { ClinicProfileForm } from '@/components/settings/clinic-profile-form';
import { SecuritySettingsForm } from '@/components/settings/security-settings-form';
import { SettingChangesTable } from '@/components/settings/setting-changes-table';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { getClinicDaySettings } from '@/lib/server/settings/clinic-day';
import { getClinicDefaults, listSettingChanges } from '@/lib/server/settings/clinic-defaults';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import {
  saveClinicDayAction,
  saveClinicDefaultsAction,
  saveClinicProfileAction,
  saveSecuritySettingsAction,
} from './actions';

export const metadata: Metadata = { title: 'Clinic settings' };

const CHANGES_SHOWN = 25;

export default async function ClinicSettingsPage() {
  const actor = await requirePage('/admin/settings');
  const [values, security, profile, clinicDay, changes, locale] = await Promise.all([
    getClinicDefaults(),
    getSecuritySettings(),
    getClinicProfile(),
    getClinicDaySettings(),
    listSettingChanges(actor, CHANGES_SHOWN),
    getRequestLocale(),
  ]);

  return (
    <>
      <PageHeader
        title="Clinic settings"
        subtitle={
          <>
            The figures the source texts disagree on. Each must stay within the range the sources give; see the{' '}
            <Link href="/guidelines" className="font-medium text-brand-700 underline">
              guidelines
            </Link>{' '}
            for the whole rule book.
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Defaults">
          <ClinicDefaultsForm action={saveClinicDefaultsAction} values={values} />
        </Card>
        <Card title="Clinic contact">
          <ClinicProfileForm action={saveClinicProfileAction} values={profile} />
        </Card>
        <Card title="Opening hours and rooms">
          <ClinicDayForm action={saveClinicDayAction} values={clinicDay} />
        </Card>
        <Card title="Sign-in and sessions">
          <SecuritySettingsForm action={saveSecuritySettingsAction} values={security} />
        </Card>
        <Card title="Changes">
          <SettingChangesTable changes={changes} locale={locale} timeZone={clinicTimeZone()} />
        </Card>
      </div>
    </>
  );
}
