import { z } from 'zod';
import { isIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { firstValue } from './list-params';

export const AGENDA_VIEWS = ['day', 'week'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** The agenda's address: a day or a week, and the date it shows; nonsense falls back to today's day. */
export const ZAgendaParams = z.object({
  view: z.preprocess(firstValue, z.enum(AGENDA_VIEWS).catch('day')).default('day'),
  date: z.preprocess(
    firstValue,
    z
      .string()
      .refine(isIsoDate)
      .transform((date) => date as IsoDate)
      .optional()
      .catch(undefined),
  ),
});
