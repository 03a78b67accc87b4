import { z } from 'zod';
import { CARE_LINK_DEFAULT_DAYS, CARE_LINK_MAX_DAYS, CARE_LINK_MIN_DAYS } from '@/lib/domain/care-links';
import { recordId, requiredText, wholeNumber } from './fields';

export const ZCreateCareLinkSchema = z.object({
  patientId: recordId('validation.choose.child'),
  caregiverName: requiredText('caregiverName', 100),
  days: z.preprocess(
    (value) => (value === '' || value === undefined ? CARE_LINK_DEFAULT_DAYS : value),
    wholeNumber('linkDays', CARE_LINK_MIN_DAYS, CARE_LINK_MAX_DAYS),
  ),
});
export type CreateCareLinkInput = z.infer<typeof ZCreateCareLinkSchema>;

export const ZRevokeCareLinkSchema = z.object({
  patientId: recordId('validation.choose.child'),
  careLinkId: recordId('validation.gone.careLink'),
});
