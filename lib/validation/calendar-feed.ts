import { z } from 'zod';
import { recordId } from './fields';

const patientId = recordId('validation.choose.child');
const feedId = recordId('validation.gone.calendarFeed');

/** A family's calendar link is for one child. */
export const ZChildCalendarFeedSchema = z.object({ patientId });

/** A therapist's is for their own agenda: nothing to choose. */
export const ZAgendaCalendarFeedSchema = z.object({});

export const ZRevokeChildCalendarFeedSchema = z.object({ patientId, feedId });
export const ZRevokeAgendaCalendarFeedSchema = z.object({ feedId });
