import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ClinicDayForm } from '@/components/settings/clinic-day-form';
import { clinicDefaultsGroups } from '@/components/settings/clinic-defaults-groups';
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings');
  return { title: t('title') };
}

const CHANGES_SHOWN = 25;

export default async function ClinicSettingsPage() {
  const actor = await requirePage('/admin/settings');
  const [values, defaultsGroups, security, profile, clinicDay, changes, locale, t] = await Promise.all([
    getClinicDefaults(),
    clinicDefaultsGroups(),
    getSecuritySettings(),
    getClinicProfile(),
    getClinicDaySettings(),
    listSettingChanges(actor, CHANGES_SHOWN),
    getRequestLocale(),
    getTranslations('settings'),
  ]);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t.rich('subtitle', {
          link: (chunks) => (
            <Link href="/guidelines" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <div className="space-y-6">
        <Card title={t('cards.defaults')}>
          <ClinicDefaultsForm action={saveClinicDefaultsAction} values={values} groups={defaultsGroups} />
        </Card>
        <Card title={t('cards.contact')}>
          <ClinicProfileForm action={saveClinicProfileAction} values={profile} />
        </Card>
        <Card title={t('cards.day')}>
          <ClinicDayForm action={saveClinicDayAction} values={clinicDay} />
        </Card>
        <Card title={t('cards.security')}>
          <SecuritySettingsForm action={saveSecuritySettingsAction} values={security} />
        </Card>
        <Card title={t('cards.changes')}>
          <SettingChangesTable changes={changes} locale={locale} timeZone={clinicTimeZone()} />
        </Card>
      </div>
    </>
  );
}
