import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserList } from '@/components/admin/user-list';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listCoursesOfDeactivatedTherapists } from '@/lib/server/courses/list-courses-of-deactivated-therapists';
import { listUsers } from '@/lib/server/users/manage-users';
import {
  createUserAction,
  eraseParentDataAction,
  resetPasswordAction,
  setAccountStatusAction,
  signOutAccountEverywhereAction,
} from './actions';

export const metadata: Metadata = { title: 'Staff & parents' };

export default async function UsersPage() {
  const actor = await requirePage('/admin/users');
  const [users, orphanedCourses, locale] = await Promise.all([
    listUsers(actor, 'everyone'),
    listCoursesOfDeactivatedTherapists(actor),
    getRequestLocale(),
  ]);
  return (
    <>
      <PageHeader
        title="Staff & parents"
        subtitle="Everyone who can sign in, by role, and accounts that have been deactivated."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <UserList
          users={users}
          currentUserId={actor.id}
          orphanedCourses={orphanedCourses}
          resetPasswordAction={resetPasswordAction}
          setAccountStatusAction={setAccountStatusAction}
          signOutEverywhereAction={signOutAccountEverywhereAction}
          eraseParentDataAction={eraseParentDataAction}
          locale={locale}
          timeZone={clinicTimeZone()}
        />
        <div className="lg:sticky lg:top-4">
          <Card title="Add an account">
            <CreateUserForm action={createUserAction} idempotencyKey={randomUUID()} />
          </Card>
        </div>
      </div>
    </>
  );
}
