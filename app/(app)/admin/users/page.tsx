import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountSearch } from '@/components/admin/account-search';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserList } from '@/components/admin/user-list';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { ROLES } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/session';
import { clinicTimeZone } from '@/lib/clinic-time';
import { getRequestLocale } from '@/lib/i18n/locale';
import { listCoursesOfDeactivatedTherapists } from '@/lib/server/courses/list-courses-of-deactivated-therapists';
import { listAccountsPage } from '@/lib/server/users/list-accounts-page';
import { ZListParams } from '@/lib/validation/list-params';
import {
  createUserAction,
  eraseParentDataAction,
  resetPasswordAction,
  setAccountStatusAction,
  signOutAccountEverywhereAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePage('/admin/users');
  const { q: query, page } = ZListParams.parse(await searchParams);
  const [accounts, orphanedCourses, locale, t] = await Promise.all([
    listAccountsPage(actor, query, page),
    listCoursesOfDeactivatedTherapists(actor),
    getRequestLocale(),
    getTranslations('admin.users'),
  ]);
  const hrefFor = (target: number) =>
    `/admin/users?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(target) })}`;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="min-w-0">
          <AccountSearch query={query} />
          {accounts.items.length > 0 ? (
            <>
              <UserList
                users={accounts.items}
                countsByRole={accounts.countsByRole}
                currentUserId={actor.id}
                orphanedCourses={orphanedCourses}
                resetPasswordAction={resetPasswordAction}
                setAccountStatusAction={setAccountStatusAction}
                signOutEverywhereAction={signOutAccountEverywhereAction}
                eraseParentDataAction={eraseParentDataAction}
                locale={locale}
                timeZone={clinicTimeZone()}
              />
              <Pagination
                label={t('pagesLabel')}
                page={accounts.page}
                pageCount={accounts.pageCount}
                hrefFor={hrefFor}
              />
            </>
          ) : (
            <EmptyState title={query ? t('noMatch', { query }) : t('noAccounts')}>
              {query ? t('searchHint') : null}
            </EmptyState>
          )}
        </div>
        <div className="lg:sticky lg:top-4">
          <Card title={t('addAccount')}>
            <CreateUserForm action={createUserAction} idempotencyKey={randomUUID()} roles={ROLES} />
          </Card>
        </div>
      </div>
    </>
  );
}
