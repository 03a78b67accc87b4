import { z } from 'zod';
import { recordId } from './fields';

const patientId = recordId('Choose the child.');
const feedId = recordId('This calendar link is not in force any more. Reload the page.');

/** A family's calendar link is for one child. */
export const ZChildCalendarFeedSchema = z.object({ patientId });

/** A therapist's is for their own agenda: nothing to choose. */
export const ZAgendaCalendarFeedSchema = z.object({});

export const ZRevokeChildCalendarFeedSchema = z.object({ patientId, feedId });
export const ZRevokeAgendaCalendarFeedSchema = z.object({ feedId });
