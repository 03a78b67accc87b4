import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge, Card, EmptyState } from '@/components/ui/card';
import { buttonClasses } from '@/components/ui/button';
import type { FormAction } from '@/components/ui/use-action-form';
import { isErasableAccount, ROLES } from '@/lib/auth/policy';
import { formatDateTime } from '@/lib/i18n/format';
import type { OrphanedCourse } from '@/lib/server/courses/list-courses-of-deactivated-therapists';
import type { AccountsPage } from '@/lib/server/users/list-accounts-page';
import type { UserListItem } from '@/lib/server/users/manage-users';
import { SignOutEverywhereForm } from '@/components/auth/sign-out-everywhere-form';
import { AccountStatusForm } from './account-status-form';
import { EraseAccountDetails, ErasedAccounts } from './erase-account-details';
import { ResetPasswordForm } from './reset-password-form';

/** The <date> tag of a message: its formatted text in a <time> carrying the machine-readable instant. */
function timeTag(iso: string) {
  return function TimeTag(chunks: ReactNode) {
    return <time dateTime={iso}>{chunks}</time>;
  };
}

type Props = {
  /** One page of accounts, in role order. */
  users: UserListItem[];
  countsByRole: AccountsPage['countsByRole'];
  currentUserId: string;
  /** Active clinic courses still assigned to each deactivated therapist, by id; none when absent. */
  orphanedCourses: Record<string, OrphanedCourse[]>;
  resetPasswordAction: FormAction;
  setAccountStatusAction: FormAction;
  signOutEverywhereAction: FormAction;
  eraseParentDataAction: FormAction;
  locale: string;
  timeZone: string;
};

/**
 * A page of accounts grouped by role, in the order of the permission table, each with its status
 * and actions; a group's title counts the whole clinic's accounts of that role, not the page's.
 */
export async function UserList({
  users,
  countsByRole,
  currentUserId,
  orphanedCourses,
  resetPasswordAction,
  setAccountStatusAction,
  signOutEverywhereAction,
  eraseParentDataAction,
  locale,
  timeZone,
}: Props) {
  const [t, reset] = await Promise.all([getTranslations('admin.users'), getTranslations('admin.resetPassword')]);
  return (
    <div className="space-y-6">
      {ROLES.map((role) => {
        // Erased accounts are closed for good and have nothing left to manage: listed apart, below.
        const members = users.filter((user) => user.role === role && !user.erasedAt);
        const erased = users.filter((user) => user.role === role && user.erasedAt);
        const { active, deactivated } = countsByRole[role] ?? { active: 0, deactivated: 0 };
        // A role with accounts on other pages only is left out; one with none at all says so.
        if (members.length + erased.length === 0 && active + deactivated > 0) return null;
        return (
          <Card
            key={role}
            title={
              deactivated
                ? t('groupTitleWithDeactivated', { group: t(`groups.${role}`), active, deactivated })
                : t('groupTitle', { group: t(`groups.${role}`), active })
            }
          >
            {members.length === 0 ? (
              <EmptyState title={t(`emptyGroups.${role}`)} />
            ) : (
              <ul aria-label={t(`groups.${role}`)} className="divide-y divide-slate-200">
                {members.map((user) => (
                  <li key={user.id} className="space-y-3 py-3 first:pt-0 last:pb-0">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <span
                          className={`block font-medium ${user.deactivatedAt ? 'text-slate-500' : 'text-slate-900'}`}
                        >
                          {user.name}
                        </span>
                        <span className="block break-all text-sm text-slate-600">{user.email}</span>
                      </div>
                      <div className="flex flex-wrap gap-1">
                        {user.id === currentUserId ? <Badge tone="info">{t('you')}</Badge> : null}
                        {user.deactivatedAt ? (
                          <Badge tone="bad">{t('deactivated')}</Badge>
                        ) : (
                          <Badge tone="good">{t('active')}</Badge>
                        )}
                      </div>
                    </div>
                    {user.deactivatedAt ? (
                      <p className="text-sm text-slate-600">
                        {t.rich('cannotSignInSince', {
                          when: formatDateTime(user.deactivatedAt, locale, timeZone),
                          date: timeTag(user.deactivatedAt.toISOString()),
                        })}
                      </p>
                    ) : null}
                    <OrphanedCourses courses={orphanedCourses[user.id] ?? []} />
                    {/* On a phone an open password form takes the whole row; wider, it sits beside the status button. */}
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <details className="min-w-0 flex-1 open:basis-full sm:open:basis-0">
                        <summary className={`${buttonClasses('secondary')} cursor-pointer list-none`}>
                          {reset('summary')}
                          <span className="sr-only">{reset('forName', { name: user.name })}</span>
                        </summary>
                        <div className="mt-3 max-w-md">
                          <ResetPasswordForm action={resetPasswordAction} userId={user.id} userName={user.name} />
                        </div>
                      </details>
                      {/* A deactivated account's sessions already ended. */}
                      {user.deactivatedAt ? null : (
                        <SignOutEverywhereForm
                          action={signOutEverywhereAction}
                          account={{ id: user.id, name: user.name }}
                        />
                      )}
                      {/* Nobody deactivates themselves: the server refuses it too. */}
                      {user.id === currentUserId ? null : (
                        <AccountStatusForm
                          action={setAccountStatusAction}
                          userId={user.id}
                          userName={user.name}
                          isDeactivated={user.deactivatedAt !== null}
                        />
                      )}
                    </div>
                    {isErasableAccount(user.role) ? (
                      <EraseAccountDetails action={eraseParentDataAction} account={user} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            <ErasedAccounts accounts={erased} locale={locale} timeZone={timeZone} />
          </Card>
        );
      })}
    </div>
  );
}

/** A deactivated therapist's running courses have nobody to record their sessions until reassigned. */
async function OrphanedCourses({ courses }: { courses: OrphanedCourse[] }) {
  const count = courses.length;
  if (count === 0) return null;
  const t = await getTranslations('admin.users');
  return (
    <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>{t('orphaned', { count })}</p>
      <ul aria-label={t('coursesToHandOver')} className="mt-1 flex flex-wrap gap-x-3">
        {courses.map((course) => (
          <li key={course.courseId}>
            <Link href={`/courses/${course.courseId}`} className="font-medium underline">
              {course.patientName}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
