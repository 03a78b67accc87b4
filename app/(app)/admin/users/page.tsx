import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserList } from '@/components/admin/user-list';
import { Card, PageHeader } from '@/components/ui/card';
import { ROLES } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listUsers } from '@/lib/server/users/manage-users';
import { createUserAction } from './actions';

export const metadata: Metadata = { title: 'Staff & parents' };

export default async function UsersPage() {
  await requireUser('MANAGE_USERS');
  const users = await listUsers(ROLES);
  return (
    <>
      <PageHeader title="Staff & parents" subtitle="Everyone who can sign in, by role." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <UserList users={users} />
        <div className="lg:sticky lg:top-4">
          <Card title="Add an account">
            <CreateUserForm action={createUserAction} />
          </Card>
        </div>
      </div>
    </>
  );
}
