import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { accountListScope, type Role } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAuditAlone } from '@/lib/server/audit/record-audit';
import type { UserListItem } from './manage-users';

export const ACCOUNTS_PER_PAGE = 50;

export type AccountsPage = {
  items: UserListItem[];
  /** Accounts that match, on all pages. */
  total: number;
  /** 1-based; a page past the end shows the last one. */
  page: number;
  pageCount: number;
  /** Every account of the clinic by role (the search aside), active and deactivated. */
  countsByRole: Partial<Record<Role, { active: number; deactivated: number }>>;
};

/**
 * The admin's list of accounts, by role then name, a page at a time, optionally filtered by any part
 * of the name or email (trigram indexes): a clinic network has thousands of parent accounts, and
 * the page once rendered every one of them with its forms.
 */
export async function listAccountsPage(actor: Actor, search = '', page = 1): Promise<AccountsPage> {
  const scope = accountListScope(actor, 'everyone');
  const words = search.trim().split(/\s+/).filter(Boolean);
  const where: Prisma.UserWhereInput = {
    AND: [
      scope,
      ...words.map((word) => ({
        OR: [
          { name: { contains: word, mode: 'insensitive' as const } },
          { email: { contains: word, mode: 'insensitive' as const } },
        ],
      })),
    ],
  };
  const [total, groups] = await Promise.all([
    db.user.count({ where }),
    db.user.groupBy({ by: ['role', 'deactivatedAt'], where: scope, _count: { _all: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / ACCOUNTS_PER_PAGE));
  const shownPage = Math.min(page, pageCount);
  const rows = await db.user.findMany({
    where,
    // Role in its declared order (admins first), then name; the id keeps namesakes in one order across pages.
    orderBy: [{ role: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    skip: (shownPage - 1) * ACCOUNTS_PER_PAGE,
    take: ACCOUNTS_PER_PAGE,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      deactivatedAt: true,
      erasure: { select: { erasedAt: true } },
    },
  });
  const items = rows.map(({ erasure, ...user }) => ({ ...user, erasedAt: erasure?.erasedAt ?? null }));
  const countsByRole: AccountsPage['countsByRole'] = {};
  for (const group of groups) {
    const counts = (countsByRole[group.role] ??= { active: 0, deactivated: 0 });
    counts[group.deactivatedAt ? 'deactivated' : 'active'] += group._count._all;
  }
  // The list shows every account's email and status: a read of the accounts.
  await recordAuditAlone(actor, { action: 'READ', subject: { type: 'ACCOUNT', id: null }, patientId: null });
  return { items, total, page: shownPage, pageCount, countsByRole };
}
