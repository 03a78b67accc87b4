import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize, type Role } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { addDays, startOfDayIn, toIsoDate, type IsoDate } from '@/lib/domain/calendar-date';
import type { AuditAction, AuditEntity, AuditOutcome, Prisma } from '@/lib/generated/prisma/client';
import type { AccessLogParams } from '@/lib/validation/access-log';

export type AccessLogEntry = {
  id: string;
  occurredAt: Date;
  /** The role at the time; the name is today's, looked up by id (the log stores no names). */
  actor: { id: string; name: string | null; role: Role | null } | null;
  action: AuditAction;
  /** A null id: every record of the type (the admin's list of accounts). */
  subject: { type: AuditEntity; id: string | null; accountName: string | null } | null;
  patient: { id: string; name: string | null } | null;
  requestId: string | null;
  outcome: AuditOutcome;
};

export type AccessLogPage = {
  items: AccessLogEntry[];
  total: number;
  page: number;
  pageCount: number;
  firstPosition: number;
};

export const ACCESS_LOG_PAGE_SIZE = 50;

function whereOf(filters: AccessLogParams, timeZone: string): Prisma.AuditEventWhereInput {
  return {
    ...(filters.child ? { patientId: filters.child } : {}),
    ...(filters.user ? { actorId: filters.user } : {}),
    occurredAt: {
      // Whole days in the clinic's zone, both ends included.
      ...(filters.from ? { gte: startOfDayIn(filters.from, timeZone) } : {}),
      ...(filters.to ? { lt: startOfDayIn(addDays(filters.to, 1), timeZone) } : {}),
    },
  };
}

/**
 * The admin's view of the audit log, newest first, a page at a time, filtered by child, person
 * and days. Names (of people, children, accounts) are looked up by id as they are now: the log
 * holds ids only. A name that is gone (never, as nothing is deleted today) shows as null.
 */
export async function listAccessLog(actor: Actor, filters: AccessLogParams, timeZone: string): Promise<AccessLogPage> {
  authorize(actor, 'VIEW_ACCESS_LOG');
  const where = whereOf(filters, timeZone);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    // By insertion, so rows not sealed into the chain yet are listed too, in their place.
    orderBy: { sequence: 'desc' },
    skip: (page - 1) * ACCESS_LOG_PAGE_SIZE,
    take: ACCESS_LOG_PAGE_SIZE,
  });

  const userIds = new Set<string>();
  const patientIds = new Set<string>();
  for (const row of rows) {
    if (row.actorId) userIds.add(row.actorId);
    if (row.entityType === 'ACCOUNT' && row.entityId) userIds.add(row.entityId);
    if (row.patientId) patientIds.add(row.patientId);
  }
  const [users, patients] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    db.patient.findMany({
      where: { id: { in: [...patientIds] } },
      select: { id: true, firstName: true, lastName: true },
    }),
  ]);
  const userName = new Map(users.map((user) => [user.id, user.name]));
  const patientName = new Map(patients.map((patient) => [patient.id, `${patient.firstName} ${patient.lastName}`]));

  const items = rows.map((row) => ({
    id: row.sequence.toString(),
    occurredAt: row.occurredAt,
    actor: row.actorId ? { id: row.actorId, name: userName.get(row.actorId) ?? null, role: row.actorRole } : null,
    action: row.action,
    subject: row.entityType
      ? {
          type: row.entityType,
          id: row.entityId,
          accountName: row.entityType === 'ACCOUNT' && row.entityId ? (userName.get(row.entityId) ?? null) : null,
        }
      : null,
    patient: row.patientId ? { id: row.patientId, name: patientName.get(row.patientId) ?? null } : null,
    requestId: row.requestId,
    outcome: row.outcome,
  }));
  const firstPosition = total === 0 ? 0 : (page - 1) * ACCESS_LOG_PAGE_SIZE + 1;
  return { items, total, page, pageCount, firstPosition };
}

export type AccessLogFilterOptions = {
  children: { id: string; name: string; dateOfBirth: IsoDate }[];
  people: { id: string; name: string; role: Role }[];
};

/** What the filters offer: every child and every account, by name. */
export async function listAccessLogFilterOptions(actor: Actor): Promise<AccessLogFilterOptions> {
  authorize(actor, 'VIEW_ACCESS_LOG');
  const [children, people] = await Promise.all([
    db.patient.findMany({
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      select: { id: true, firstName: true, lastName: true, dateOfBirth: true },
    }),
    db.user.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, role: true } }),
  ]);
  return {
    children: children.map((child) => ({
      id: child.id,
      name: `${child.lastName}, ${child.firstName}`,
      dateOfBirth: toIsoDate(child.dateOfBirth),
    })),
    people,
  };
}
