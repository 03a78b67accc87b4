'use server';

import { revalidatePath, updateTag } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { defineAction } from '@/lib/actions/define-action';
import { CLINIC_DEFAULT_FIELDS } from '@/lib/domain/rules';
import { SECURITY_SETTING_FIELDS, ZSecuritySettingsSchema } from '@/lib/domain/security-settings';
import { updateClinicDay } from '@/lib/server/settings/clinic-day';
import { RULE_BOOK_CACHE_TAG, updateClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { updateClinicProfile } from '@/lib/server/settings/clinic-profile';
import { updateSecuritySettings } from '@/lib/server/settings/security-settings';
import { ZClinicDefaultsSchema } from '@/lib/validation/clinic-defaults';
import { ZClinicDaySchema } from '@/lib/validation/clinic-day';
import { CLINIC_PROFILE_FIELDS, ZClinicProfileSchema } from '@/lib/validation/clinic-profile';

export const saveClinicDefaultsAction = defineAction({
  schema: ZClinicDefaultsSchema,
  run: (input, actor) => updateClinicDefaults(actor, input),
  onSuccess: ({ changed }, input): ActionState => {
    if (changed.length === 0)
      return { status: 'success', message: 'Nothing to save: the settings already had these values.' };
    // Every page that prescribes or explains reads the defaults, not only this one.
    revalidatePath('/', 'layout');
    updateTag(RULE_BOOK_CACHE_TAG);
    const described = changed.map(
      (field) => `${CLINIC_DEFAULT_FIELDS[field].label}: ${input[field]} ${CLINIC_DEFAULT_FIELDS[field].unit}`,
    );
    return { status: 'success', message: `Saved. ${described.join('; ')}.` };
  },
});

export const saveSecuritySettingsAction = defineAction({
  schema: ZSecuritySettingsSchema,
  run: (input, actor) => updateSecuritySettings(actor, input),
  onSuccess: ({ changed }, input): ActionState => {
    if (changed.length === 0)
      return { status: 'success', message: 'Nothing to save: the settings already had these values.' };
    revalidatePath('/admin/settings');
    const described = changed.map(
      (field) => `${SECURITY_SETTING_FIELDS[field].label}: ${input[field]} ${SECURITY_SETTING_FIELDS[field].unit}`,
    );
    return { status: 'success', message: `Saved. ${described.join('; ')}.` };
  },
});

export const saveClinicProfileAction = defineAction({
  schema: ZClinicProfileSchema,
  run: (input, actor) => updateClinicProfile(actor, input),
  onSuccess: ({ changed }): ActionState => {
    if (changed.length === 0)
      return { status: 'success', message: 'Nothing to save: the settings already had these values.' };
    // Families see the contact on their children's pages and printouts.
    revalidatePath('/', 'layout');
    return {
      status: 'success',
      message: `Saved: ${changed.map((field) => CLINIC_PROFILE_FIELDS[field].label.toLowerCase()).join(', ')}.`,
    };
  },
});

export const saveClinicDayAction = defineAction({
  schema: ZClinicDaySchema,
  run: (input, actor) => updateClinicDay(actor, input),
  onSuccess: ({ changed }): ActionState => {
    if (changed.length === 0)
      return { status: 'success', message: 'Nothing to save: the settings already had these values.' };
    // Prescribing offers times within these hours; sessions already booked keep theirs.
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Saved the opening hours, slot length and rooms.' };
  },
});
