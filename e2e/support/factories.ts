import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { test } from '@playwright/test';
import type { AccountPlan, ArrangedIds, ChildPlan, Plan, Role } from './plan';

/**
 * Each test writes the accounts and children it works with (through e2e/support/arrange.ts),
 * named uniquely, so tests run side by side in several workers and none reads what another
 * changes. The demo clinic of prisma/seed.ts is there too, but no test relies on it.
 */

export type { Role };

export type Account = {
  key: string;
  id: string;
  role: Role;
  name: string;
  email: string;
  password: string;
  deactivated?: boolean;
};

export type Child = {
  patientId: string;
  indicationId?: string;
  courseId?: string;
  firstName: string;
  lastName: string;
  /** As pages print it: "Nora Cancel1k3x9". */
  fullName: string;
  patientPath: string;
  /** The course's page, for a child arranged with a course. */
  coursePath: string;
};

/** A child to arrange; the last name gets the test's unique suffix, the doctor defaults to the plan's paediatrician. */
export type ChildSpec = Omit<ChildPlan, 'doctor'> & { doctor?: string };

const PASSWORD = 'e2e-password-2026';
const NAMES: Record<Role, string> = {
  ADMIN: 'Alex Admin',
  PAEDIATRICIAN: 'Dr Olga Petrova',
  THERAPIST: 'Anna Smirnova',
  PARENT: 'Maria Ivanova',
};
const PRESCRIBER = 'prescriber';
const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

/** Unique across workers and runs: the worker's index and a random tail. */
export function uniqueSuffix(): string {
  return `${test.info().workerIndex}${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * Writes the accounts (by key: a role, or a role and a name) and the children a test needs, and
 * returns them with what the test signs in with and looks for.
 */
export async function arrange<A extends string, C extends string = never>(spec: {
  accounts: Record<A, Role | { role: Role; name?: string; deactivated?: boolean }>;
  children?: Record<C, ChildSpec>;
}): Promise<{ accounts: Record<A, Account>; children: Record<C, Child> }> {
  const accounts: Record<string, AccountPlan> = {};
  for (const [key, value] of Object.entries(spec.accounts) as [
    A,
    Role | { role: Role; name?: string; deactivated?: boolean },
  ][]) {
    const { role, name, deactivated }: { role: Role; name?: string; deactivated?: boolean } =
      typeof value === 'string' ? { role: value } : value;
    const suffix = uniqueSuffix();
    accounts[key] = {
      role,
      name: `${name ?? NAMES[role]} ${suffix}`,
      email: `${role.toLowerCase()}.${suffix}@e2e.test`,
      password: PASSWORD,
      deactivated,
    };
  }
  const children: Record<string, ChildPlan> = {};
  const doctor = Object.keys(accounts).find((key) => accounts[key]?.role === 'PAEDIATRICIAN') ?? PRESCRIBER;
  for (const [key, child] of Object.entries(spec.children ?? {}) as [C, ChildSpec][]) {
    children[key] = { ...child, lastName: `${child.lastName}${uniqueSuffix()}`, doctor: child.doctor ?? doctor };
    if (doctor === PRESCRIBER && !accounts[PRESCRIBER]) {
      const suffix = uniqueSuffix();
      accounts[PRESCRIBER] = {
        role: 'PAEDIATRICIAN',
        name: `${NAMES.PAEDIATRICIAN} ${suffix}`,
        email: `prescriber.${suffix}@e2e.test`,
        password: PASSWORD,
      };
    }
  }

  const ids = await writePlan({ accounts, children });
  const arrangedAccounts = Object.fromEntries(
    Object.keys(spec.accounts).map((key) => [
      key,
      { key, id: ids.accounts[key] as string, ...(accounts[key] as AccountPlan) },
    ]),
  ) as Record<A, Account>;
  const arrangedChildren = Object.fromEntries(
    Object.entries(children).map(([key, child]) => {
      const arranged = ids.children[key] as ArrangedIds['children'][string];
      return [
        key,
        {
          ...arranged,
          firstName: child.firstName,
          lastName: child.lastName,
          fullName: `${child.firstName} ${child.lastName}`,
          patientPath: `/patients/${arranged.patientId}`,
          coursePath: `/courses/${arranged.courseId}`,
        },
      ];
    }),
  ) as Record<C, Child>;
  return { accounts: arrangedAccounts, children: arrangedChildren };
}

async function writePlan(plan: Plan): Promise<ArrangedIds> {
  // Playwright's own loader options are not for the app's code.
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  const { stdout } = await run(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'e2e/support/arrange.ts', JSON.stringify(plan)],
    { cwd: ROOT, env },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ArrangedIds;
}

/**
 * A 10-week-old with a healthy-infant indication and a daily course of ten that began three days
 * ago: three sessions done (by the therapist at the clinic, by the first guardian at home) and
 * today's open.
 */
export function onRunningCourse(child: {
  firstName: string;
  lastName: string;
  location: 'HOME' | 'CLINIC';
  guardians?: string[];
  therapist?: string;
}): ChildSpec {
  const { location, therapist, guardians = [] } = child;
  const recordedBy = location === 'CLINIC' ? therapist : guardians[0];
  if (!recordedBy)
    throw new Error(
      `A ${location} course needs ${location === 'CLINIC' ? 'a therapist' : 'a guardian'} to record its sessions.`,
    );
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    ageDays: 70,
    sex: 'FEMALE',
    guardians,
    indication: { kind: 'PREVENTIVE', diagnosis: 'Healthy infant: general strengthening massage', diagnosedDaysAgo: 4 },
    course: {
      location,
      therapist: location === 'CLINIC' ? therapist : undefined,
      frequency: 'DAILY',
      restDays: 1,
      sessionCount: 10,
      startDaysAgo: 3,
      minutesPerSession: 10,
      homeRoutineNotes: '',
      breakAfterDays: 91,
      done: 3,
      recordedBy,
    },
  };
}
