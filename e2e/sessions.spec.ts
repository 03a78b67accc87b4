import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { arrange, openAccountsMatching, signIn } from './fixtures';

/**
 * Sessions end on the server: a cookie saved before signing out, put back into a fresh browser,
 * is refused; "sign out everywhere" ends every browser's session, by the person or by an admin.
 */

async function freshContext(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  return browser.newContext({ baseURL });
}

test('a session cookie replayed after signing out is refused', async ({ page, browser, baseURL }) => {
  const { accounts } = await arrange({ accounts: { parent: 'PARENT' } });
  await signIn(page, accounts.parent);
  const home = new URL(page.url()).pathname;
  const saved = await page.context().cookies();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  // The attacker's browser: the old cookie, replayed.
  const replay = await freshContext(browser, baseURL);
  try {
    await replay.addCookies(saved);
    const replayed = await replay.newPage();
    await replayed.goto(home);
    await expect(replayed).toHaveURL(/\/login\?reason=revoked/);
    await expect(replayed.getByText('Your session was ended')).toBeVisible();
  } finally {
    await replay.close();
  }
});

test('"sign out everywhere" ends the sessions of every browser, by the person or by an admin', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts } = await arrange({ accounts: { therapist: 'THERAPIST', admin: 'ADMIN' } });
  const phone = await freshContext(browser, baseURL);
  try {
    const phonePage = await phone.newPage();
    await signIn(phonePage, accounts.therapist);
    await signIn(page, accounts.therapist);

    // The therapist, at the desk, signs out everywhere: the phone's session ends too.
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/login\?reason=revoked/);
    await phonePage.reload();
    await expect(phonePage).toHaveURL(/\/login\?reason=revoked/);

    // Signed in again on the phone; the admin ends that session from the accounts page.
    await signIn(phonePage, accounts.therapist);
    const admin = await freshContext(browser, baseURL);
    try {
      const adminPage = await admin.newPage();
      await signIn(adminPage, accounts.admin);
      await openAccountsMatching(adminPage, accounts.therapist.email);
      const row = adminPage.getByRole('listitem').filter({ hasText: accounts.therapist.email });
      await row.getByRole('button', { name: `Sign out everywhere ${accounts.therapist.name}` }).click();
      await expect(
        row.getByText(`${accounts.therapist.name} is signed out everywhere (one session ended).`),
      ).toBeVisible();
      // The admin's own session is untouched.
      await adminPage.reload();
      await expect(adminPage).toHaveURL(/\/admin\/users/);
    } finally {
      await admin.close();
    }
    await phonePage.reload();
    await expect(phonePage).toHaveURL(/\/login\?reason=revoked/);
  } finally {
    await phone.close();
  }
});
