import { expect, test, type Browser, type Page } from '@playwright/test';
import { ACCOUNT_DEACTIVATED_ERROR } from '../lib/auth/sign-in-error';
import { arrange, openAccountsMatching, signIn, signInThroughApi, uniqueSuffix } from './fixtures';

/**
 * The admin resets a password, deactivates and reactivates an account; each ends the sessions
 * the account had open. It works on a throwaway parent it creates itself through the form, and
 * signs that parent in through next-auth's endpoint; what the sign-in form then says is
 * e2e/sign-in.spec.ts's part.
 */

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A fresh browser, as the parent on their own phone would have. */
async function asParent(
  browser: Browser,
  baseURL: string | undefined,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ baseURL });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Signs the parent's browser in; on success opens their home page. */
async function tryToSignIn(page: Page, email: string, password: string): Promise<string> {
  const outcome = await signInThroughApi(page.request, email, password);
  if (outcome === 'SIGNED_IN') await page.goto('/');
  return outcome;
}

test('the admin resets a parent’s password, deactivates the account and reactivates it', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
  const suffix = uniqueSuffix();
  const name = `Throwaway Parent ${suffix}`;
  const email = `throwaway.${suffix}@clinic.test`;

  await signIn(page, accounts.admin);
  await page.goto('/admin/users');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('PARENT');
  await page.getByLabel('Initial password').fill('initial-password-1');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText(`Account added for ${name} (${email}).`)).toBeVisible();

  await openAccountsMatching(page, email);
  const row = page.getByRole('list', { name: 'Parents' }).getByRole('listitem').filter({ hasText: email });
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  // Reset the password: a short one is refused beside the field, then a good one is set.
  await row.getByText('Reset password').click();
  const newPassword = row.getByLabel(`New password for ${name}`);
  await newPassword.fill('short');
  await row.getByRole('button', { name: 'Set new password' }).click();
  await expect(row.getByText('The password must be at least 12 characters.')).toBeVisible();
  await newPassword.fill('second-password-2');
  await row.getByRole('button', { name: 'Set new password' }).click();
  await expect(row.getByText(`New password set for ${name}. Give it to them in a safe way.`)).toBeVisible();
  await expect(row.getByLabel(`New password for ${name}`)).toHaveValue('');

  // The parent signs in with the new password; the old one no longer works. Their session stays
  // open in their own browser while the admin deactivates the account.
  await asParent(browser, baseURL, async (parent) => {
    expect(await tryToSignIn(parent, email, 'initial-password-1')).toBe('CredentialsSignin');
    expect(await tryToSignIn(parent, email, 'second-password-2')).toBe('SIGNED_IN');
    await expect(parent).toHaveURL(/\/children$/);

    // Deactivating asks first; going back, by the safe button or by Escape, changes nothing.
    const deactivate = row.getByRole('button', { name: `Deactivate ${name}` });
    const question = page.getByRole('dialog', { name: `Deactivate ${name}?` });
    await deactivate.click();
    await expect(question).toHaveAccessibleDescription(
      'They are signed out and cannot sign in until an admin reactivates the account. Their history stays.',
    );
    await question.getByRole('button', { name: 'Keep it active' }).click();
    await expect(question).toBeHidden();
    await deactivate.click();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await page.reload();
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    await parent.reload();
    await expect(parent).toHaveURL(/\/children$/);

    await deactivate.click();
    await question.getByRole('button', { name: 'Deactivate the account' }).click();
    await expect(row.getByText(`${name} can no longer sign in.`)).toBeVisible();
    await expect(row.getByText('Deactivated', { exact: true })).toBeVisible();

    // The open session ends on its next request, not when its token expires.
    await parent.reload();
    await expect(parent).toHaveURL(/\/login\?reason=revoked$/);
    expect(await tryToSignIn(parent, email, 'second-password-2')).toBe(ACCOUNT_DEACTIVATED_ERROR);
    // Without the right password nobody learns that the account exists, deactivated or not.
    expect(await tryToSignIn(parent, email, 'a-wrong-guess-9')).toBe('CredentialsSignin');
    await parent.goto('/children');
    await expect(parent).toHaveURL(/\/login/);
  });

  // Reactivation lets the parent in again.
  await row.getByRole('button', { name: `Reactivate ${name}` }).click();
  await expect(row.getByText(`${name} can sign in again.`)).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await asParent(browser, baseURL, async (again) => {
    expect(await tryToSignIn(again, email, 'second-password-2')).toBe('SIGNED_IN');
    await expect(again).toHaveURL(/\/children$/);

    // A new password ends the sessions opened with the old one, on their next request.
    await row.getByText('Reset password').click();
    await row.getByLabel(`New password for ${name}`).fill('third-password-3');
    await row.getByRole('button', { name: 'Set new password' }).click();
    await expect(row.getByText(`New password set for ${name}. Give it to them in a safe way.`)).toBeVisible();
    await again.reload();
    await expect(again).toHaveURL(/\/login\?reason=revoked$/);
    expect(await tryToSignIn(again, email, 'third-password-3')).toBe('SIGNED_IN');
    await expect(again).toHaveURL(/\/children$/);
  });
});

test('an admin cannot deactivate their own account, and the list fits a phone', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN', parent: 'PARENT' } });
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, accounts.admin);
  await openAccountsMatching(page, accounts.admin.email);
  const admins = page.getByRole('list', { name: 'Clinic admins' });
  const self = admins.getByRole('listitem').filter({ hasText: accounts.admin.email });
  await expect(self.getByText('You', { exact: true })).toBeVisible();
  await expect(self.getByText('Active', { exact: true })).toBeVisible();
  await expect(self.getByRole('button', { name: /^Deactivate/ })).toHaveCount(0);
  // Positive control: other accounts offer it, and its question fits the phone too: nothing
  // sticks out sideways, and going back returns focus to the button that asked.
  await openAccountsMatching(page, accounts.parent.email);
  const deactivate = page
    .getByRole('list', { name: 'Parents' })
    .getByRole('button', { name: `Deactivate ${accounts.parent.name}` });
  await expect(deactivate).toBeVisible();
  await deactivate.click();
  const question = page.getByRole('dialog', { name: `Deactivate ${accounts.parent.name}?` });
  await expect(question.getByRole('button', { name: 'Keep it active' })).toBeFocused();
  const box = await question.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(375);
  await expect(question.getByRole('button', { name: 'Deactivate the account' })).toBeInViewport({ ratio: 1 });
  expect(await horizontalOverflow(page)).toBe(0);
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(deactivate).toBeFocused();

  expect(await horizontalOverflow(page)).toBe(0);
});
