import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import type { Account } from './support/factories';

export { arrange, onRunningCourse, uniqueSuffix, type Account, type Child, type ChildSpec } from './support/factories';

/** What next-auth says about a sign-in: signed in, or the error the sign-in form turns into its message. */
export type SignInOutcome = 'SIGNED_IN' | 'CredentialsSignin' | (string & {});

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does behind the scenes:
 * the session cookie lands in the context the request belongs to (pass `page.request` to sign in
 * a page). Only e2e/sign-in.spec.ts goes through the form itself.
 */
export async function signInThroughApi(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<SignInOutcome> {
  // A busy machine makes the app shed a request with 503 and ask for a retry (proxy.ts): so the
  // test retries until the app answers, instead of failing on a slow machine.
  let csrf: APIResponse | undefined;
  await expect.poll(async () => (csrf = await request.get('/api/auth/csrf')).status()).toBe(200);
  const { csrfToken } = (await csrf!.json()) as { csrfToken: string };
  let response: APIResponse | undefined;
  await expect
    .poll(async () =>
      (response = await request.post('/api/auth/callback/credentials', {
        form: { csrfToken, email, password, json: 'true' },
      })).status(),
    )
    .not.toBe(503);
  const { url } = (await response!.json()) as { url: string };
  return new URL(url).searchParams.get('error') ?? 'SIGNED_IN';
}

/** Signs the page in as the account and opens the account's home page, where the form leads too. */
export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  expect(await signInThroughApi(page.request, account.email, account.password)).toBe('SIGNED_IN');
  await page.goto('/');
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Opens the admin's account list searched for one email, as an admin of a large clinic finds an
 * account: the list is paged, so a test's own account may be on any page of the full list.
 */
export async function openAccountsMatching(page: Page, email: string): Promise<void> {
  await page.goto(`/admin/users?${new URLSearchParams({ q: email })}`);
}

/** Opens the child's page, then its carers-and-calendar page through the link a parent follows. */
export async function openSharing(page: Page, patientId: string): Promise<void> {
  await page.goto(`/children/${patientId}`);
  await page.getByRole('link', { name: 'Share and subscribe' }).click();
  await expect(page).toHaveURL(new RegExp(`/children/${patientId}/sharing$`));
}
