import { DEFAULT_SECURITY_SETTINGS } from '@/lib/domain/security-settings';
import { signOutEverywhere } from '@/lib/server/users/auth-sessions';
import { updateSecuritySettings } from '@/lib/server/settings/security-settings';
import { updateClinicProfile } from '@/lib/server/settings/clinic-profile';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { can, PAGE_PERMISSIONS, PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/auth/policy';
import { DEFAULT_CLINIC_DEFAULTS } from '@/lib/domain/rules';
import { listAccessLog, listAccessLogFilterOptions } from '@/lib/server/audit/list-access-log';
import { listRecentReaders } from '@/lib/server/audit/list-recent-readers';
import { listMyChildren } from '@/lib/server/children/list-my-children';
import { cancelCourse } from '@/lib/server/courses/cancel-course';
import { getCourse } from '@/lib/server/courses/get-course';
import { updateClinicDay } from '@/lib/server/settings/clinic-day';
import { DEFAULT_CLINIC_DAY } from '@/lib/validation/clinic-day';
import { prescribeCourse } from '@/lib/server/courses/prescribe-course';
import { reassignTherapist } from '@/lib/server/courses/reassign-therapist';
import { reinstateCourse } from '@/lib/server/courses/reinstate-course';
import { correctIndication } from '@/lib/server/indications/correct-indication';
import { correctSession } from '@/lib/server/sessions/correct-session';
import { getSessionTimeForm, setSessionTime } from '@/lib/server/sessions/session-time';
import { recordIndication, resolveIndication } from '@/lib/server/indications/record-indication';
import { getPatient } from '@/lib/server/patients/get-patient';
import { listPatients } from '@/lib/server/patients/list-patients';
import { createPatient, updatePatient } from '@/lib/server/patients/save-patient';
import { createCareLink } from '@/lib/server/care-links/create-care-link';
import { revokeCareLink } from '@/lib/server/care-links/revoke-care-link';
import { createCalendarFeed } from '@/lib/server/calendar-feeds/create-calendar-feed';
import { inviteGuardian } from '@/lib/server/guardian-invitations/invite-guardian';
import { revokeGuardianInvitation } from '@/lib/server/guardian-invitations/revoke-guardian-invitation';
import { revokeCalendarFeed } from '@/lib/server/calendar-feeds/revoke-calendar-feed';
import { recordSession } from '@/lib/server/sessions/record-session';
import { markAlertDone } from '@/lib/server/alerts/mark-alert-done';
import { countAttention } from '@/lib/server/alerts/list-alerts';
import { updateClinicDefaults } from '@/lib/server/settings/clinic-defaults';
import { createUser, deactivateUser, reactivateUser, resetPassword } from '@/lib/server/users/manage-users';
import { eraseParentData } from '@/lib/server/users/erase-parent-data';
import {
  courseInput,
  createActor,
  createClinic,
  createPatientWithIndication,
  db,
  patientCorrection,
  patientInput,
  prescribeClinicCourse,
  resetDatabase,
  sessionDates,
  TEST_TODAY,
  type Clinic,
} from '@/test/integration/fixtures';

let clinic: Clinic;
let mine: { patientId: string; indicationId: string; courseId: string };
let theirs: { patientId: string; courseId: string };

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  const a = await createPatientWithIndication(clinic, { firstName: 'Mine', guardianIds: [clinic.parent.id] });
  const b = await createPatientWithIndication(clinic, { firstName: 'Theirs', guardianIds: [clinic.otherParent.id] });
  mine = {
    patientId: a.patientId,
    indicationId: a.indicationId,
    courseId: await prescribeClinicCourse(clinic, a.indicationId),
  };
  theirs = {
    patientId: b.patientId,
    courseId: await prescribeClinicCourse(clinic, b.indicationId, { therapistId: clinic.otherTherapist.id }),
  };
});

describe('what each role reaches', () => {
  it('gives a parent only their own children', async () => {
    const children = await listMyChildren(clinic.parent);
    expect(children.map((child) => child.firstName)).toEqual(['Mine']);
    expect((await listPatients(clinic.parent)).items.map((patient) => patient.firstName)).toEqual(['Mine']);
  });

  it('answers not-found when a parent asks for another child or their course', async () => {
    await expect(getPatient(clinic.parent, theirs.patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCourse(clinic.parent, theirs.courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Positive control: their own.
    expect((await getPatient(clinic.parent, mine.patientId)).firstName).toBe('Mine');
    expect((await getCourse(clinic.parent, mine.courseId)).sessions).toHaveLength(10);
  });

  it('gives a therapist only the patients and courses assigned to them', async () => {
    expect((await listPatients(clinic.therapist)).items.map((patient) => patient.firstName)).toEqual(['Mine']);
    await expect(getCourse(clinic.therapist, theirs.courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getCourse(clinic.otherTherapist, theirs.courseId)).id).toBe(theirs.courseId);
  });

  it('gives doctors and admins every patient', async () => {
    expect((await listPatients(clinic.doctor)).items.map((patient) => patient.firstName).sort()).toEqual([
      'Mine',
      'Theirs',
    ]);
    expect((await listPatients(clinic.admin)).total).toBe(2);
  });

  it('searches by any part of the name, case-insensitively', async () => {
    expect((await listPatients(clinic.doctor, 'thei')).items.map((patient) => patient.firstName)).toEqual(['Theirs']);
    expect((await listPatients(clinic.doctor, 'MINE baby')).items.map((patient) => patient.firstName)).toEqual([
      'Mine',
    ]);
    expect((await listPatients(clinic.doctor, 'nobody')).items).toEqual([]);
  });

  it('refuses the children list to anyone but a parent', async () => {
    await expect(listMyChildren(clinic.doctor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

const actorOf = (role: Role): Actor =>
  ({ ADMIN: clinic.admin, PAEDIATRICIAN: clinic.doctor, THERAPIST: clinic.therapist, PARENT: clinic.parent })[role];

async function freshCourse(overrides = {}): Promise<string> {
  const { indicationId } = await createPatientWithIndication(clinic, { guardianIds: [clinic.parent.id] });
  return prescribeClinicCourse(clinic, indicationId, overrides);
}

async function firstSessionOf(courseId: string): Promise<string> {
  return (await sessionDates(courseId))[0]!.id;
}

const done = (sessionId: string) => ({
  sessionId,
  outcome: 'DONE' as const,
  wellToday: true as const,
  actualMinutes: null,
  tolerance: 'GOOD' as const,
  notes: '',
});

/** A session of a fresh course that its therapist recorded done, ready to be corrected. */
async function recordedSession(): Promise<string> {
  const sessionId = await firstSessionOf(await freshCourse());
  await recordSession(clinic.therapist, done(sessionId), TEST_TODAY);
  return sessionId;
}

const toMissed = (sessionId: string) => ({
  sessionId,
  status: 'MISSED' as const,
  notes: '',
  correctionReason: 'Recorded on the wrong day',
});

type UseCaseCase = {
  permission: Permission;
  /** Arranges what it needs (in the actor's reach when the role may act) and calls the use case. */
  attempt: (actor: Actor) => Promise<unknown>;
  /** How a role without the permission is refused: FORBIDDEN, unless it holds a sibling permission and the scope answers. */
  refusal?: (role: Role) => 'FORBIDDEN' | 'NOT_FOUND';
};

/**
 * Every server action of app/**\/actions.ts, by its export name, with the use case it calls and
 * the permission that use case authorizes. A test below fails when an action is missing here.
 */
const ACTION_USE_CASES: Record<string, UseCaseCase> = {
  createUserAction: {
    permission: 'MANAGE_USERS',
    attempt: (actor) =>
      createUser(actor, {
        name: 'New Parent',
        email: `new.${Math.random().toString(36).slice(2, 8)}@clinic.test`,
        role: 'PARENT',
        password: 'long-enough-password',
      }),
  },
  resetPasswordAction: {
    permission: 'MANAGE_USERS',
    attempt: (actor) => resetPassword(actor, { userId: clinic.otherParent.id, password: 'another-long-password' }),
  },
  setAccountStatusAction: {
    permission: 'MANAGE_USERS',
    attempt: async (actor) => {
      await deactivateUser(actor, clinic.otherParent.id);
      return reactivateUser(actor, clinic.otherParent.id);
    },
  },
  eraseParentDataAction: {
    permission: 'ERASE_PARENT_DATA',
    attempt: async (actor) => {
      const parent = await createActor('PARENT', 'Leaving Parent');
      return eraseParentData(actor, { userId: parent.id, confirmEmail: parent.email, reason: 'Asked to be erased.' });
    },
  },
  signOutAccountEverywhereAction: {
    permission: 'MANAGE_USERS',
    attempt: (actor) => signOutEverywhere(actor, clinic.otherParent.id),
  },
  saveSecuritySettingsAction: {
    permission: 'MANAGE_CLINIC_SETTINGS',
    attempt: (actor) => updateSecuritySettings(actor, { ...DEFAULT_SECURITY_SETTINGS, sessionIdleMinutes: 20 }),
  },
  saveClinicProfileAction: {
    permission: 'MANAGE_CLINIC_SETTINGS',
    attempt: (actor) =>
      updateClinicProfile(actor, { clinicName: 'Riverside', clinicAddress: '', clinicPhone: '020 7946 0000' }),
  },
  saveClinicDayAction: {
    permission: 'MANAGE_CLINIC_SETTINGS',
    attempt: (actor) => updateClinicDay(actor, { ...DEFAULT_CLINIC_DAY, hoursSat: '09:00-13:00' }, TEST_TODAY),
  },
  saveClinicDefaultsAction: {
    permission: 'MANAGE_CLINIC_SETTINGS',
    attempt: (actor) => updateClinicDefaults(actor, { ...DEFAULT_CLINIC_DEFAULTS, courseSessions: 12 }),
  },
  createPatientAction: { permission: 'EDIT_PATIENTS', attempt: (actor) => createPatient(actor, patientInput()) },
  updatePatientAction: {
    permission: 'EDIT_PATIENTS',
    attempt: (actor) =>
      updatePatient(actor, mine.patientId, patientCorrection({ firstName: 'Mine', guardianIds: [clinic.parent.id] })),
  },
  recordIndicationAction: {
    permission: 'RECORD_INDICATION',
    attempt: (actor) =>
      recordIndication(actor, mine.patientId, {
        kind: 'CORRECTIVE',
        diagnosis: 'Torticollis',
        icd10Code: '',
        diagnosedOn: iso('2026-11-01'),
      }),
  },
  resolveIndicationAction: {
    permission: 'RECORD_INDICATION',
    attempt: async (actor) =>
      resolveIndication(actor, (await createPatientWithIndication(clinic)).indicationId, TEST_TODAY),
  },
  correctIndicationAction: {
    permission: 'RECORD_INDICATION',
    attempt: async (actor) =>
      correctIndication(actor, {
        indicationId: (await createPatientWithIndication(clinic)).indicationId,
        kind: 'THERAPEUTIC',
        diagnosis: 'Infant colic',
        icd10Code: '',
        diagnosedOn: iso('2026-11-01'),
        correctionReason: 'Wording',
      }),
  },
  prescribeCourseAction: {
    permission: 'PRESCRIBE_COURSE',
    attempt: async (actor) =>
      prescribeCourse(
        actor,
        courseInput((await createPatientWithIndication(clinic)).indicationId, { therapistId: clinic.therapist.id }),
        TEST_TODAY,
      ),
  },
  cancelCourseAction: {
    permission: 'CANCEL_COURSE',
    attempt: async (actor) => cancelCourse(actor, { courseId: await freshCourse(), reason: 'Family withdrew.' }),
  },
  reassignTherapistAction: {
    permission: 'ASSIGN_THERAPIST',
    attempt: async (actor) =>
      reassignTherapist(actor, { courseId: await freshCourse(), therapistId: clinic.otherTherapist.id }),
  },
  reinstateCourseAction: {
    permission: 'REINSTATE_COURSE',
    attempt: async (actor) => {
      const courseId = await freshCourse();
      await cancelCourse(clinic.doctor, { courseId, reason: 'Family withdrew.' });
      return reinstateCourse(actor, { courseId, reason: 'The family came back.' }, TEST_TODAY);
    },
  },
  setSessionTimeAction: {
    permission: 'SET_SESSION_TIME',
    attempt: async (actor) => {
      const tomorrow = (await sessionDates(await freshCourse({ startDate: TEST_TODAY })))[1]!;
      const { starts } = await getSessionTimeForm(clinic.doctor, tomorrow.id, TEST_TODAY);
      return setSessionTime(actor, { sessionId: tomorrow.id, start: starts.at(-1)!, room: '' }, TEST_TODAY);
    },
  },
  correctSessionAction: {
    permission: 'CORRECT_SESSION',
    attempt: async (actor) => correctSession(actor, toMissed(await recordedSession()), TEST_TODAY),
  },
  recordClinicSessionAction: {
    permission: 'RECORD_CLINIC_SESSION',
    attempt: async (actor) => recordSession(actor, done(await firstSessionOf(await freshCourse())), TEST_TODAY),
    // A parent records sessions too, home ones: a clinic session is simply not among them.
    refusal: (role) => (can(role, 'RECORD_HOME_SESSION') ? 'NOT_FOUND' : 'FORBIDDEN'),
  },
  recordHomeSessionAction: {
    permission: 'RECORD_HOME_SESSION',
    attempt: async (actor) =>
      recordSession(
        actor,
        done(await firstSessionOf(await freshCourse({ location: 'HOME', therapistId: undefined }))),
        TEST_TODAY,
      ),
    refusal: (role) => (can(role, 'RECORD_CLINIC_SESSION') ? 'NOT_FOUND' : 'FORBIDDEN'),
  },
  createCareLinkAction: {
    permission: 'MANAGE_CARE_LINKS',
    attempt: (actor) => createCareLink(actor, { patientId: mine.patientId, caregiverName: 'Granny', days: 14 }),
  },
  revokeCareLinkAction: {
    permission: 'MANAGE_CARE_LINKS',
    attempt: async (actor) => {
      const { id } = await createCareLink(clinic.parent, {
        patientId: mine.patientId,
        caregiverName: 'Nanny',
        days: 3,
      });
      return revokeCareLink(actor, id);
    },
  },
  createChildCalendarFeedAction: {
    permission: 'SUBSCRIBE_CHILD_CALENDAR',
    attempt: (actor) => createCalendarFeed(actor, mine.patientId),
  },
  revokeChildCalendarFeedAction: {
    permission: 'SUBSCRIBE_CHILD_CALENDAR',
    attempt: async (actor) => revokeCalendarFeed(actor, (await createCalendarFeed(clinic.parent, mine.patientId)).id),
    // A therapist may revoke calendar links, their own: a family's is not among them.
    refusal: (role) => (can(role, 'SUBSCRIBE_AGENDA_CALENDAR') ? 'NOT_FOUND' : 'FORBIDDEN'),
  },
  createAgendaCalendarFeedAction: {
    permission: 'SUBSCRIBE_AGENDA_CALENDAR',
    attempt: (actor) => createCalendarFeed(actor, null),
  },
  revokeAgendaCalendarFeedAction: {
    permission: 'SUBSCRIBE_AGENDA_CALENDAR',
    attempt: async (actor) => revokeCalendarFeed(actor, (await createCalendarFeed(clinic.therapist, null)).id),
    refusal: (role) => (can(role, 'SUBSCRIBE_CHILD_CALENDAR') ? 'NOT_FOUND' : 'FORBIDDEN'),
  },
  inviteGuardianAction: {
    permission: 'INVITE_GUARDIAN',
    attempt: (actor) =>
      inviteGuardian(actor, { patientId: mine.patientId, name: 'Second Parent', email: 'second.parent@clinic.test' }),
  },
  revokeGuardianInvitationAction: {
    permission: 'INVITE_GUARDIAN',
    attempt: async (actor) => {
      const { id } = await inviteGuardian(clinic.parent, {
        patientId: mine.patientId,
        name: 'Second Parent',
        email: 'second.parent@clinic.test',
      });
      return revokeGuardianInvitation(actor, id);
    },
  },
  markAlertDoneAction: {
    permission: 'VIEW_ALERTS',
    attempt: async (actor) => {
      // A course of this therapist's completed in one session raises its report.
      const courseId = await freshCourse({ sessionCount: 1, startDate: TEST_TODAY });
      await recordSession(clinic.therapist, done(await firstSessionOf(courseId)), TEST_TODAY);
      const alert = await db.alert.findFirstOrThrow({ where: { courseId } });
      return markAlertDone(actor, alert.id);
    },
  },
};

describe('each use case behind an action accepts the roles holding its permission and refuses the others', () => {
  it.each(Object.entries(ACTION_USE_CASES))('%s', async (_action, { permission, attempt, refusal }) => {
    const allowed = ROLES.filter((role) => can(role, permission));
    const refused = ROLES.filter((role) => !can(role, permission));
    expect(allowed.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const role of allowed) {
      await attempt(actorOf(role)).catch((error: unknown) => {
        throw new Error(`${role} was refused: ${String(error)}`);
      });
    }
    for (const role of refused)
      await expect(attempt(actorOf(role)), role).rejects.toMatchObject({ code: refusal?.(role) ?? 'FORBIDDEN' });
  });
});

/** Grants a permission the table does not give, for one test, as a slip in the table would. */
async function withMistakenGrant(permission: Permission, role: Role, run: () => Promise<void>): Promise<void> {
  const roles = PERMISSIONS[permission] as unknown as Role[];
  roles.push(role);
  try {
    await run();
  } finally {
    roles.pop();
  }
}

describe('a permission granted by mistake still reaches only what the scope gives', () => {
  it('answers not-found for a course, an indication or a patient out of reach', async () => {
    const outsider = clinic.otherTherapist;
    await withMistakenGrant('CANCEL_COURSE', 'THERAPIST', () =>
      expect(cancelCourse(outsider, { courseId: mine.courseId, reason: 'Slip.' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      }),
    );
    await withMistakenGrant('ASSIGN_THERAPIST', 'THERAPIST', () =>
      expect(reassignTherapist(outsider, { courseId: mine.courseId, therapistId: outsider.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      }),
    );
    await withMistakenGrant('PRESCRIBE_COURSE', 'THERAPIST', () =>
      expect(
        prescribeCourse(outsider, courseInput(mine.indicationId, { therapistId: outsider.id }), TEST_TODAY),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' }),
    );
    await withMistakenGrant('RECORD_INDICATION', 'THERAPIST', async () => {
      await expect(resolveIndication(outsider, mine.indicationId, TEST_TODAY)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        recordIndication(outsider, mine.patientId, {
          kind: 'CORRECTIVE',
          diagnosis: 'Slip',
          icd10Code: '',
          diagnosedOn: iso('2026-11-01'),
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
    await withMistakenGrant('EDIT_PATIENTS', 'PARENT', () =>
      expect(updatePatient(clinic.otherParent, mine.patientId, patientCorrection())).rejects.toMatchObject({
        code: 'NOT_FOUND',
      }),
    );
    // A therapist reaches only the sessions they recorded; a parent none, even their own child's.
    await expect(correctSession(outsider, toMissed(await recordedSession()), TEST_TODAY)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await withMistakenGrant('CORRECT_SESSION', 'PARENT', async () =>
      expect(correctSession(clinic.parent, toMissed(await recordedSession()), TEST_TODAY)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      }),
    );
    // Positive control: the same grant reaches the therapist's own course.
    await withMistakenGrant('CANCEL_COURSE', 'THERAPIST', async () => {
      await cancelCourse(outsider, { courseId: theirs.courseId, reason: 'Reached.' });
    });
    expect(can('THERAPIST', 'CANCEL_COURSE')).toBe(false);
  });

  it('refuses a missing actor and an unknown role outright', async () => {
    const stranger = { ...clinic.doctor, role: 'SURGEON' } as unknown as Actor;
    await expect(cancelCourse(stranger, { courseId: mine.courseId, reason: 'Unknown.' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      cancelCourse(null as unknown as Actor, { courseId: mine.courseId, reason: 'Nobody.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listPatients(stranger)).resolves.toMatchObject({ total: 0 });
  });
});

describe('the needs-attention list is for those who act on care', () => {
  it('opens it to doctors and therapists only', async () => {
    // The courses of beforeEach started on 2026-11-02: their past sessions are overdue for both.
    for (const role of ROLES) {
      if (can(role, 'VIEW_ALERTS')) expect(await countAttention(actorOf(role), TEST_TODAY), role).toBeGreaterThan(0);
      else await expect(countAttention(actorOf(role), TEST_TODAY), role).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(PERMISSIONS.VIEW_ALERTS).toEqual(['PAEDIATRICIAN', 'THERAPIST']);
    expect(PAGE_PERMISSIONS['/attention']).toBe('VIEW_ALERTS');
  });
});

describe('the audit log is read by those it is for', () => {
  it('opens the access log to admins only', async () => {
    for (const role of ROLES) {
      const attempts = [listAccessLog(actorOf(role), { page: 1 }, 'UTC'), listAccessLogFilterOptions(actorOf(role))];
      if (can(role, 'VIEW_ACCESS_LOG')) await Promise.all(attempts);
      else for (const attempt of attempts) await expect(attempt, role).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(ROLES.filter((role) => can(role, 'VIEW_ACCESS_LOG'))).toEqual(['ADMIN']);
    expect(PAGE_PERMISSIONS['/admin/access-log']).toBe('VIEW_ACCESS_LOG');
  });

  it("shows who opened a child's record to the staff who reach the child, and to no parent", async () => {
    expect(await listRecentReaders(clinic.doctor, mine.patientId)).toEqual([]);
    expect(await listRecentReaders(clinic.therapist, mine.patientId)).toEqual([]);
    await expect(listRecentReaders(clinic.therapist, theirs.patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listRecentReaders(clinic.parent, mine.patientId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

const APP = path.resolve(import.meta.dirname, '../../app');

function filesNamed(name: string, dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(name, full);
    return entry.name === name ? [full] : [];
  });
}

describe('every page and every action is listed in the policy', () => {
  it('lists each page behind sign-in with the permission to open it, and the page asks for exactly that route', () => {
    const signedIn = path.join(APP, '(app)');
    const pages = filesNamed('page.tsx', signedIn);
    const routes = pages.map((page) => `/${path.relative(signedIn, path.dirname(page)).split(path.sep).join('/')}`);
    expect([...routes].sort()).toEqual(Object.keys(PAGE_PERMISSIONS).sort());
    for (const [index, page] of pages.entries())
      expect(readFileSync(page, 'utf8'), page).toContain(`requirePage('${routes[index]}')`);
  });

  it('lists each server action with the use case and permission behind it, all written one way', () => {
    const exported = filesNamed('actions.ts').flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const actions = [...source.matchAll(/^export const (\w+) = define(?:Public)?Action\(/gm)].map(
        (match) => match[1],
      );
      // Anything else exported from an action file is a second way to write an action.
      expect(source.match(/^export /gm)?.length ?? 0, file).toBe(actions.length);
      return actions;
    });
    // Every signed-in person may sign their own account out everywhere: no permission to list
    // (lib/server/users/sign-in.test.ts checks it is their own account only).
    const selfService = ['signOutAction', 'signOutEverywhereAction'];
    // The language switcher, signed in or not: it saves the choice on the actor's own account only
    // (lib/server/users/save-locale.test.ts).
    const anyone = ['chooseLocaleAction'];
    // Outside sign-in: the link's token is the only credential (lib/server/care-links/care-links.test.ts).
    // An invitation's link, for a new account or the invited parent signed in
    // (lib/server/guardian-invitations/guardian-invitations.test.ts).
    const byLink = ['recordCareLinkSessionAction', 'acceptInvitationWithNewAccountAction', 'acceptInvitationAction'];
    expect(exported.sort()).toEqual([...Object.keys(ACTION_USE_CASES), ...selfService, ...anyone, ...byLink].sort());
  });
});
