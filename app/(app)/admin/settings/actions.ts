'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath, updateTag } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { clinicToday } from '@/lib/clinic-time';
import { CLINIC_DEFAULT_FIELDS } from '@/lib/domain/rules';
import { SECURITY_SETTING_FIELDS } from '@/lib/domain/security-settings';
import { ZSecuritySettingsSchema } from '@/lib/validation/security-settings';
import { updateClinicDay } from '@/lib/server/settings/clinic-day';
import { RULE_BOOK_CACHE_TAG, updateClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { updateClinicProfile } from '@/lib/server/settings/clinic-profile';
import { updateSecuritySettings } from '@/lib/server/settings/security-settings';
import { ZClinicDefaultsSchema } from '@/lib/validation/clinic-defaults';
import { ZClinicDaySchema } from '@/lib/validation/clinic-day';
import { ZClinicProfileSchema } from '@/lib/validation/clinic-profile';

/**
 * The success message is in the request's language, and onSuccess is synchronous: each run
 * fetches the words once its work succeeded, and hands both on.
 */
async function withWords<Result>(work: Promise<Result>) {
  const result = await work;
  return { result, t: await getTranslations('settings') };
}

export const saveClinicDefaultsAction = defineAction({
  schema: ZClinicDefaultsSchema,
  run: (input, actor) => withWords(updateClinicDefaults(actor, input)),
  onSuccess: ({ result: { changed }, t }, input): ActionState => {
    if (changed.length === 0) return { status: 'success', message: t('done.nothingToSave') };
    // Every page that prescribes or explains reads the defaults, not only this one.
    revalidatePath('/', 'layout');
    updateTag(RULE_BOOK_CACHE_TAG);
    const described = changed.map((field) =>
      t('done.figure', {
        label: t(`defaults.fields.${field}`),
        value: input[field],
        unit: t(`units.${CLINIC_DEFAULT_FIELDS[field].unit}`, { count: input[field] }),
      }),
    );
    return { status: 'success', message: t('done.savedFigures', { figures: described.join('; ') }) };
  },
});

export const saveSecuritySettingsAction = defineAction({
  schema: ZSecuritySettingsSchema,
  run: (input, actor) => withWords(updateSecuritySettings(actor, input)),
  onSuccess: ({ result: { changed }, t }, input): ActionState => {
    if (changed.length === 0) return { status: 'success', message: t('done.nothingToSave') };
    revalidatePath('/admin/settings');
    const described = changed.map((field) =>
      t('done.figure', {
        label: t(`security.fields.${field}`),
        value: input[field],
        unit: t(`units.${SECURITY_SETTING_FIELDS[field].unit}`, { count: input[field] }),
      }),
    );
    return { status: 'success', message: t('done.savedFigures', { figures: described.join('; ') }) };
  },
});

export const saveClinicProfileAction = defineAction({
  schema: ZClinicProfileSchema,
  run: (input, actor) => withWords(updateClinicProfile(actor, input)),
  onSuccess: ({ result: { changed }, t }): ActionState => {
    if (changed.length === 0) return { status: 'success', message: t('done.nothingToSave') };
    // Families see the contact on their children's pages and printouts.
    revalidatePath('/', 'layout');
    return {
      status: 'success',
      message: t('done.savedProfile', {
        fields: changed.map((field) => t(`profile.savedFields.${field}`)).join(', '),
      }),
    };
  },
});

export const saveClinicDayAction = defineAction({
  schema: ZClinicDaySchema,
  run: (input, actor) => withWords(updateClinicDay(actor, input, clinicToday())),
  onSuccess: ({ result: { changed, unbooked }, t }): ActionState => {
    if (changed.length === 0) return { status: 'success', message: t('done.nothingToSave') };
    // Prescribing offers times within these hours; sessions booked outside them lost their time.
    revalidatePath('/', 'layout');
    return {
      status: 'success',
      message: unbooked === 0 ? t('done.savedDay') : t('done.savedDayUnbooked', { count: unbooked }),
    };
  },
});
