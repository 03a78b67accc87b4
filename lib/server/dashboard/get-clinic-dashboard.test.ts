import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { can, courseScope, ROLES } from '@/lib/auth/policy';
import type { IsoDate } from '@/lib/domain/calendar-date';
import { recordSession } from '@/lib/server/sessions/record-session';
import {
  createClinic,
  createPatientWithIndication,
  db,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  type Clinic,
} from '@/test/integration/fixtures';
import { getClinicDashboard } from './get-clinic-dashboard';
import { listActiveCourses } from './list-active-courses';
import { listClinicSessions } from './list-clinic-sessions';

// A Wednesday: its week runs 16-22 Nov, and the rates look at 21 Oct - 17 Nov (rateWindow).
const TODAY = '2026-11-18' as IsoDate;

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

async function record(actor: Actor, sessionId: string, day: IsoDate, outcome: 'DONE' | 'MISSED' | 'POSTPONED') {
  const input =
    outcome === 'DONE'
      ? { outcome, wellToday: true, actualMinutes: 10, tolerance: 'GOOD' as const, notes: '' }
      : outcome === 'MISSED'
        ? { outcome, notes: '' }
        : { outcome, reason: 'Family away' };
  await recordSession(actor, { sessionId, ...input }, day);
}

/**
 * Known data: a clinic course with Therapist One, daily from 12 Nov (sessions 12-21 Nov): 12 done,
 * 13 missed, 14 postponed, 15-17 not recorded; a home course daily from 16 Nov, 4 sessions: 16
 * done, 17 missed; a cancelled clinic course with Therapist Two from 18 Nov; a child due for a
 * course.
 */
async function knownClinic() {
  const clinicChild = await createPatientWithIndication(clinic, { firstName: 'Clinic' });
  const clinicCourse = await prescribeClinicCourse(clinic, clinicChild.indicationId, {
    startDate: '2026-11-12' as IsoDate,
    sessionCount: 10,
  });
  const clinicSessions = await sessionDates(clinicCourse);
  await record(clinic.therapist, clinicSessions[0]!.id, clinicSessions[0]!.date, 'DONE');
  await record(clinic.therapist, clinicSessions[1]!.id, clinicSessions[1]!.date, 'MISSED');
  await record(clinic.therapist, clinicSessions[2]!.id, clinicSessions[2]!.date, 'POSTPONED');

  const homeChild = await createPatientWithIndication(clinic, { firstName: 'Home', guardianIds: [clinic.parent.id] });
  const homeCourse = await prescribeClinicCourse(clinic, homeChild.indicationId, {
    startDate: '2026-11-16' as IsoDate,
    location: 'HOME',
    therapistId: undefined,
    sessionCount: 4,
  });
  const homeSessions = await sessionDates(homeCourse);
  await record(clinic.parent, homeSessions[0]!.id, homeSessions[0]!.date, 'DONE');
  await record(clinic.parent, homeSessions[1]!.id, homeSessions[1]!.date, 'MISSED');

  const cancelledChild = await createPatientWithIndication(clinic, { firstName: 'Cancelled' });
  const cancelled = await prescribeClinicCourse(clinic, cancelledChild.indicationId, {
    startDate: TODAY,
    therapistId: clinic.otherTherapist.id,
  });
  await db.course.update({ where: { id: cancelled }, data: { status: 'CANCELLED', cancelledAt: new Date() } });

  const dueChild = await createPatientWithIndication(clinic, { firstName: 'Due' });
  await db.patient.update({ where: { id: dueChild.patientId }, data: { nextCourseDueOn: new Date('2026-11-01') } });
  return { clinicCourse };
}

describe('the clinic dashboard', () => {
  it('counts known data and each figure matches the list it links to', async () => {
    const { clinicCourse } = await knownClinic();
    const dashboard = await getClinicDashboard(clinic.doctor, TODAY);

    expect(dashboard.week).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(dashboard.activeCourses).toBe(2);
    expect((await listActiveCourses(clinic.doctor)).total).toBe(2);

    // The missed and postponed sessions were made up at the course's end, so the clinic course has
    // a session booked each day of 16-22 Nov: 7 this week, 1 today; the cancelled course's are called off.
    const bookedThisWeek = 7;
    const booked = (await sessionDates(clinicCourse)).filter(
      (session) => session.date >= '2026-11-16' && session.date <= '2026-11-22' && session.status !== 'POSTPONED',
    );
    expect(booked).toHaveLength(bookedThisWeek);
    expect(dashboard.therapists).toEqual([
      { therapistId: clinic.therapist.id, therapistName: 'Therapist One', today: 1, week: bookedThisWeek },
    ]);
    const week = await listClinicSessions(
      clinic.doctor,
      { ...dashboard.week, outcome: 'BOOKED', location: 'CLINIC', therapist: clinic.therapist.id },
      TODAY,
    );
    expect(week.total).toBe(bookedThisWeek);
    expect(week.filters.therapistName).toBe('Therapist One');

    // Up to yesterday (17 Nov): clinic 12 done, 13 missed, 14 postponed, 15-17 not recorded.
    expect(dashboard.clinicOutcomes).toEqual({ done: 1, missed: 1, postponed: 1, unrecorded: 3 });
    // Home: 16 done, 17 missed.
    expect(dashboard.homeOutcomes).toEqual({ done: 1, missed: 1, postponed: 0, unrecorded: 0 });
    for (const location of ['CLINIC', 'HOME'] as const) {
      const counts = location === 'CLINIC' ? dashboard.clinicOutcomes : dashboard.homeOutcomes;
      for (const [outcome, key] of [
        ['DONE', 'done'],
        ['MISSED', 'missed'],
        ['POSTPONED', 'postponed'],
        ['UNRECORDED', 'unrecorded'],
      ] as const) {
        const list = await listClinicSessions(clinic.doctor, { ...dashboard.rateWindow, outcome, location }, TODAY);
        expect(list.total, `${location} ${outcome}`).toBe(counts[key]);
      }
    }

    expect(dashboard.childrenDue).toBe(1);
    expect(dashboard.overdueSessions).toBe(3);
    // The missed and postponed sessions raise no alert; nothing is open for review yet.
    expect(dashboard.coursesToReview).toBe(0);
  });

  it('is for paediatricians and admins only, who reach every course', async () => {
    for (const role of ROLES) {
      const actor = { ...clinic.doctor, role };
      if (can(role, 'VIEW_DASHBOARD')) {
        await expect(getClinicDashboard(actor, TODAY)).resolves.toBeDefined();
        // The grouped counts in SQL carry no scope: they may serve only roles that reach everything.
        expect(courseScope(actor)).toEqual({});
      } else {
        await expect(getClinicDashboard(actor, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
        await expect(listClinicSessions(actor, {}, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
        await expect(listActiveCourses(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
    }
    expect(ROLES.filter((role) => can(role, 'VIEW_DASHBOARD'))).toEqual(['ADMIN', 'PAEDIATRICIAN']);
  });
});
