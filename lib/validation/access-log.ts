import { z } from 'zod';
import type { ValidationLabel } from '@/lib/i18n/translatable';
import { optionalIsoDate, recordId } from './fields';
import { firstValue, ZListParams } from './list-params';

/** A filter of the address that makes no sense (typed or shared by hand) is dropped, not an error. */
const optionalId = z.preprocess(firstValue, recordId('validation.field.notAnId').optional().catch(undefined));
const optionalDate = (label: ValidationLabel) => z.preprocess(firstValue, optionalIsoDate(label).catch(undefined));

/** The access log's filters, from its address: `?child=…&user=…&from=YYYY-MM-DD&to=YYYY-MM-DD&page=2`. */
export const ZAccessLogParams = z.object({
  child: optionalId,
  user: optionalId,
  from: optionalDate('periodFrom'),
  to: optionalDate('periodTo'),
  page: ZListParams.shape.page,
});

export type AccessLogParams = z.infer<typeof ZAccessLogParams>;
