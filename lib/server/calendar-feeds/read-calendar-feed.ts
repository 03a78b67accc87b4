import 'server-only';
import { calendarFeedSessionScope, isRole, patientScope } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { addDays, fromIsoDate, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import { sessionCalendarEvent } from '@/lib/domain/calendar-events';
import { CALENDAR_FEED_PAST_DAYS } from '@/lib/domain/calendar-feeds';
import { calendarWords } from '@/lib/i18n/calendar-words';
import { negotiateLocale } from '@/lib/i18n/locales';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { checkGuessThrottle, recordFailedGuess } from '@/lib/server/link-tokens/guess-throttle';
import { hashLinkToken } from '@/lib/server/link-tokens/link-token';
import { getClinicProfile } from '@/lib/server/settings/clinic-profile';
import { getSecuritySettings } from '@/lib/server/settings/security-settings';
import { ZLinkToken } from '@/lib/validation/link-token';
import { renderIcs } from './render-ics';

export type CalendarFeedReading =
  | { status: 'OPEN'; ics: string }
  /** Unknown or revoked, or its owner may no longer see it: the same "not found" for all. */
  | { status: 'REFUSED' }
  | { status: 'THROTTLED'; retryAt: Date };

/**
 * A calendar app fetches a private address: no session cookie, the token is the key. The sessions
 * are read through the owner's scope as it is now (calendarFeedSessionScope), so a deactivated
 * account or a guardian taken off the child gets nothing. Each fetch moves lastUsedAt and writes
 * an audit row against the address. Only an unknown token counts as a guess: a revoked address
 * that a calendar app keeps polling is not one, and must not lock out others behind the same
 * calendar service's addresses. The feed is written in the owner's saved language, else in the one
 * the calendar app asks for (its Accept-Language), else English.
 */
export async function readCalendarFeed(
  token: string,
  request: { address: string | null; acceptLanguage: string | null },
  today: IsoDate,
  timeZone: string,
  now = new Date(),
): Promise<CalendarFeedReading> {
  const [settings, clinic] = await Promise.all([getSecuritySettings(), getClinicProfile()]);
  return db.$transaction(async (tx) => {
    const throttle = await checkGuessThrottle(tx, request.address, now, settings);
    if (!throttle.allowed) return { status: 'THROTTLED', retryAt: throttle.retryAt };
    const parsed = ZLinkToken.safeParse(token);
    const feed = parsed.success
      ? await tx.calendarFeed.findUnique({
          where: { tokenHash: hashLinkToken(parsed.data) },
          select: {
            id: true,
            patientId: true,
            revokedAt: true,
            owner: { select: { id: true, role: true, name: true, email: true, deactivatedAt: true, locale: true } },
          },
        })
      : null;
    if (!feed) {
      await recordFailedGuess(tx, request.address, now, settings);
      return { status: 'REFUSED' };
    }
    const { owner } = feed;
    const ownerActor = isRole(owner.role)
      ? { id: owner.id, role: owner.role, name: owner.name, email: owner.email }
      : null;
    // A family's calendar needs the child still in the owner's reach (a guardian taken off it loses it).
    const child =
      ownerActor && feed.patientId
        ? await tx.patient.findFirst({
            where: { AND: [{ id: feed.patientId }, patientScope(ownerActor)] },
            select: { firstName: true },
          })
        : null;
    if (feed.revokedAt || owner.deactivatedAt || !ownerActor || (feed.patientId && !child)) {
      await recordAudit(tx, null, {
        action: 'ACCESS_REFUSED',
        subject: { type: 'CALENDAR_FEED', id: feed.id },
        patientId: feed.patientId,
        outcome: 'FORBIDDEN',
      });
      return { status: 'REFUSED' };
    }
    const sessions = await tx.session.findMany({
      where: {
        AND: [
          calendarFeedSessionScope(ownerActor, feed.patientId),
          { scheduledOn: { gte: fromIsoDate(addDays(today, -CALENDAR_FEED_PAST_DAYS)) } },
        ],
      },
      orderBy: { scheduledOn: 'asc' },
      select: {
        id: true,
        scheduledOn: true,
        plannedMinutes: true,
        startMinute: true,
        endMinute: true,
        location: true,
        status: true,
        isMakeUp: true,
        course: { select: { status: true, patient: { select: { firstName: true, lastName: true } } } },
      },
    });
    // A family's calendar names their child; a therapist's (kept in a phone's calendar, often
    // synced to a calendar service) only the first name and an initial, and never a diagnosis.
    const childName = (patient: { firstName: string; lastName: string }) =>
      feed.patientId ? patient.firstName : `${patient.firstName} ${patient.lastName.slice(0, 1)}.`;
    const words = calendarWords(negotiateLocale({ saved: owner.locale, acceptLanguage: request.acceptLanguage }));
    const events = sessions.map((session) =>
      sessionCalendarEvent(
        {
          id: session.id,
          scheduledOn: toIsoDate(session.scheduledOn),
          startMinute: session.location === 'CLINIC' ? session.startMinute : null,
          endMinute: session.location === 'CLINIC' ? session.endMinute : null,
          plannedMinutes: session.plannedMinutes,
          location: session.location,
          status: session.status,
          courseStatus: session.course.status,
          isMakeUp: session.isMakeUp,
          childName: childName(session.course.patient),
        },
        clinic,
        words,
        timeZone,
        today,
      ),
    );
    const name = child ? words.childCalendarName(child.firstName) : words.agendaName(clinic.clinicName);
    await tx.calendarFeed.update({ where: { id: feed.id }, data: { lastUsedAt: now } });
    await recordAudit(tx, null, {
      action: 'READ',
      subject: { type: 'CALENDAR_FEED', id: feed.id },
      patientId: feed.patientId,
    });
    return { status: 'OPEN', ics: renderIcs(name, events) };
  });
}
