import { z } from 'zod';
import { firstValue, ZListParams } from './list-params';

export const DUE_LIST_VIEWS = ['due', 'upcoming'] as const;
export type DueListView = (typeof DUE_LIST_VIEWS)[number];

/** The due list's address: which children (due now or coming up) and the page; nonsense falls back to the start. */
export const ZDueListParams = z.object({
  show: z.preprocess(firstValue, z.enum(DUE_LIST_VIEWS).catch('due')).default('due'),
  page: ZListParams.shape.page,
});
