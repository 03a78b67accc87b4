import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { hashLinkToken } from '@/lib/server/link-tokens/link-token';
import { recordSession } from '@/lib/server/sessions/record-session';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  TEST_TODAY as TODAY,
  type Clinic,
} from '@/test/integration/fixtures';
import { createCalendarFeed } from './create-calendar-feed';
import { getCalendarFeed } from './get-calendar-feed';
import { readCalendarFeed, type CalendarFeedReading } from './read-calendar-feed';
import { revokeCalendarFeed } from './revoke-calendar-feed';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const read = (token: string, address: string | null = null, acceptLanguage: string | null = null) =>
  readCalendarFeed(token, { address, acceptLanguage }, TODAY, 'UTC');

/** The VEVENTs of an .ics, each as its unfolded property lines. */
function events(reading: CalendarFeedReading): Record<string, string>[] {
  if (reading.status !== 'OPEN') throw new Error(`expected an open calendar, got ${reading.status}`);
  const unfolded = reading.ics.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((match) =>
    Object.fromEntries(
      match[1]!
        .split('\r\n')
        .filter((line) => line.includes(':') && !line.startsWith('BEGIN:VALARM'))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
    ),
  );
}

async function childWithCourse(location: 'HOME' | 'CLINIC') {
  const { patientId, indicationId } = await createPatientWithIndication(clinic, {
    firstName: 'Mia',
    lastName: 'Kovacs',
    guardianIds: [clinic.parent.id],
  });
  const courseId = await prescribeClinicCourse(clinic, indicationId, {
    location,
    therapistId: location === 'CLINIC' ? clinic.therapist.id : undefined,
    startDate: iso('2026-11-20'),
  });
  return { patientId, courseId };
}

describe('calendar subscriptions', () => {
  it("gives the family each session of the child's course, stores only the token's hash and records each fetch", async () => {
    const { patientId, courseId } = await childWithCourse('HOME');
    const { id, token } = await createCalendarFeed(clinic.parent, patientId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.calendarFeed.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await getCalendarFeed(clinic.parent, patientId)).toMatchObject({ id, lastUsedAt: null });

    const reading = await read(token);
    const sessions = await sessionDates(courseId);
    const vevents = events(reading);
    expect(vevents).toHaveLength(sessions.length);
    expect(vevents[0]).toMatchObject({
      UID: `session-${sessions[0]!.id}@infant-massage-clinic`,
      'DTSTART;VALUE=DATE': '20261120',
      LOCATION: 'Home',
      STATUS: 'CONFIRMED',
      SUMMARY: `Massage for Mia (${sessions[0]!.plannedMinutes} min)`,
    });
    expect(reading.status === 'OPEN' && reading.ics).toContain('TRIGGER:-PT6H');
    expect(reading.status === 'OPEN' && reading.ics).toContain('X-WR-CALNAME:Massage: Mia');
    expect((await getCalendarFeed(clinic.parent, patientId))?.lastUsedAt).not.toBeNull();
    expect(
      await db.auditEvent.findFirst({ where: { entityType: 'CALENDAR_FEED', entityId: id, action: 'READ' } }),
    ).toMatchObject({ actorId: null, patientId, outcome: 'SUCCESS' });
  });

  it("is written in the owner's saved language, else in the one the calendar app asks for", async () => {
    const { patientId, courseId } = await childWithCourse('HOME');
    const { token } = await createCalendarFeed(clinic.parent, patientId);
    const [first] = await sessionDates(courseId);
    const minutes = first!.plannedMinutes;

    const asked = await read(token, null, 'ru-RU,ru;q=0.9');
    expect(asked.status === 'OPEN' && asked.ics).toContain('X-WR-CALNAME:Массаж: Mia');
    expect(events(asked)[0]).toMatchObject({ LOCATION: 'Дома', SUMMARY: `Массаж — Mia (${minutes} мин)` });

    await db.user.update({ where: { id: clinic.parent.id }, data: { locale: 'ru' } });
    const reading = await read(token, null, 'en-GB');
    if (reading.status !== 'OPEN') throw new Error(reading.status);
    const unfolded = reading.ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`DESCRIPTION:Сеанс дома. Длительность по плану: ${minutes} минут`);
    // The reminder, six hours before an all-day session, comes the evening before.
    expect(unfolded).toMatch(/BEGIN:VALARM[\s\S]*?DESCRIPTION:Завтра: Массаж — Mia/);
    expect(unfolded).not.toMatch(/Massage|Home session|Planned length/);
  });

  it('follows the schedule: a missed session is cancelled under its UID and its make-up appears', async () => {
    const { patientId, courseId } = await childWithCourse('HOME');
    const { token } = await createCalendarFeed(clinic.parent, patientId);
    const [first] = await sessionDates(courseId);
    const { makeUpOn } = await recordSession(
      clinic.parent,
      { sessionId: first!.id, outcome: 'MISSED', notes: 'Away' },
      TODAY,
    );
    const after = await sessionDates(courseId);
    const vevents = events(await read(token));
    expect(vevents).toHaveLength(after.length);
    expect(vevents.find((event) => event.UID === `session-${first!.id}@infant-massage-clinic`)).toMatchObject({
      STATUS: 'CANCELLED',
    });
    const makeUp = after.find((session) => session.isMakeUp)!;
    expect(makeUp.date).toBe(makeUpOn);
    expect(vevents.find((event) => event.UID === `session-${makeUp.id}@infant-massage-clinic`)).toMatchObject({
      STATUS: 'CONFIRMED',
      'DTSTART;VALUE=DATE': makeUpOn!.replaceAll('-', ''),
    });
  });

  it('gives a clinic session with an appointment its start and end, and one without a time the whole day', async () => {
    const { patientId, courseId } = await childWithCourse('CLINIC');
    const [first, second] = await sessionDates(courseId);
    // 9:30 to 10:15 on the clinic's clock (UTC here), the second session booked without a time.
    await db.session.update({ where: { id: first!.id }, data: { startMinute: 570, endMinute: 615 } });
    await db.session.update({ where: { id: second!.id }, data: { startMinute: null, endMinute: null } });
    const { token } = await createCalendarFeed(clinic.parent, patientId);
    const vevents = events(await read(token));
    const event = (id: string) => vevents.find((vevent) => vevent.UID === `session-${id}@infant-massage-clinic`);
    expect(event(first!.id)).toMatchObject({
      DTSTART: `${first!.date.replaceAll('-', '')}T093000Z`,
      DTEND: `${first!.date.replaceAll('-', '')}T101500Z`,
    });
    expect(event(second!.id)).toMatchObject({ 'DTSTART;VALUE=DATE': second!.date.replaceAll('-', '') });
  });

  it('gives a therapist the clinic sessions of their courses only, at the clinic, without surnames', async () => {
    await childWithCourse('CLINIC');
    await childWithCourse('HOME');
    const other = await createPatientWithIndication(clinic, { firstName: 'Leo' });
    await prescribeClinicCourse(clinic, other.indicationId, { therapistId: clinic.otherTherapist.id });
    const { token } = await createCalendarFeed(clinic.therapist, null);
    await db.user.update({ where: { id: clinic.therapist.id }, data: { locale: 'ru' } });
    const russian = await read(token);
    expect(russian.status === 'OPEN' && russian.ics).toContain('X-WR-CALNAME:Сеансы массажа: ');
    expect(new Set(events(russian).map((event) => event.SUMMARY?.replace(/\(\d+ мин\)/, '')))).toEqual(
      new Set(['Массаж — Mia K. ']),
    );
    await db.user.update({ where: { id: clinic.therapist.id }, data: { locale: 'en' } });
    const vevents = events(await read(token));
    expect(vevents).toHaveLength(10);
    expect(new Set(vevents.map((event) => event.SUMMARY?.replace(/\(\d+ min\)/, '')))).toEqual(
      new Set(['Massage for Mia K. ']),
    );
    expect(vevents[0]!.LOCATION).toBe('Infant massage clinic');
  });

  it('stops an address that is replaced or revoked, or whose owner lost the child, without counting it as a guess', async () => {
    const { patientId } = await childWithCourse('HOME');
    const first = await createCalendarFeed(clinic.parent, patientId);
    const second = await createCalendarFeed(clinic.parent, patientId);
    expect(await read(first.token, '203.0.113.9')).toEqual({ status: 'REFUSED' });
    expect((await read(second.token)).status).toBe('OPEN');
    await revokeCalendarFeed(clinic.parent, second.id);
    expect(await read(second.token, '203.0.113.9')).toEqual({ status: 'REFUSED' });
    expect(await getCalendarFeed(clinic.parent, patientId)).toBeNull();
    expect(await db.linkGuessFailure.count()).toBe(0);

    const third = await createCalendarFeed(clinic.parent, patientId);
    await db.guardianship.deleteMany({ where: { patientId } });
    expect(await read(third.token)).toEqual({ status: 'REFUSED' });

    // An unknown token is a guess.
    expect(await read('Z'.repeat(43), '203.0.113.9')).toEqual({ status: 'REFUSED' });
    expect(await db.linkGuessFailure.count()).toBe(1);
  });

  it('throttles guesses from one address, as for care links', async () => {
    const { patientId } = await childWithCourse('HOME');
    const { token } = await createCalendarFeed(clinic.parent, patientId);
    let reading = await read('Q'.repeat(43), '198.51.100.3');
    while (reading.status === 'REFUSED') reading = await read('Q'.repeat(43), '198.51.100.3');
    expect(reading.status).toBe('THROTTLED');
    expect((await read(token, '198.51.100.3')).status).toBe('THROTTLED');
    expect((await read(token, '198.51.100.4')).status).toBe('OPEN');
  });

  it("lets nobody make, see or revoke a calendar of another family's child", async () => {
    const { patientId } = await childWithCourse('HOME');
    const { id } = await createCalendarFeed(clinic.parent, patientId);
    await expect(createCalendarFeed(clinic.otherParent, patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeCalendarFeed(clinic.otherParent, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeCalendarFeed(clinic.therapist, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createCalendarFeed(clinic.doctor, patientId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getCalendarFeed(clinic.otherParent, patientId)).toBeNull();
    expect((await db.calendarFeed.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
