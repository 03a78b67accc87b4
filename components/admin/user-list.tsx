import { Card, EmptyState } from '@/components/ui/card';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import type { UserListItem } from '@/lib/server/users/manage-users';

const ROLE_GROUP_TITLES = {
  ADMIN: 'Clinic admins',
  PAEDIATRICIAN: 'Paediatricians',
  THERAPIST: 'Massage therapists',
  PARENT: 'Parents',
} as const satisfies Record<keyof typeof ROLE_LABELS, string>;

/** Accounts grouped by role, in the order of the permission table. */
export function UserList({ users }: { users: UserListItem[] }) {
  return (
    <div className="space-y-6">
      {ROLES.map((role) => {
        const members = users.filter((user) => user.role === role);
        return (
          <Card key={role} title={`${ROLE_GROUP_TITLES[role]} (${members.length})`}>
            {members.length === 0 ? (
              <EmptyState title={`No ${ROLE_GROUP_TITLES[role].toLowerCase()} yet.`} />
            ) : (
              <ul aria-label={ROLE_GROUP_TITLES[role]} className="divide-y divide-slate-200">
                {members.map((user) => (
                  <li key={user.id} className="py-2 first:pt-0 last:pb-0">
                    <span className="block font-medium text-slate-900">{user.name}</span>
                    <span className="block break-all text-sm text-slate-600">{user.email}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        );
      })}
    </div>
  );
}
