import { expect, test, type Page } from '@playwright/test';
import { arrange } from './fixtures';

/**
 * The sign-in form, as a person uses it. This is the one spec that signs in through the form;
 * the others sign in through next-auth's endpoint (e2e/fixtures.ts), which is what the form calls.
 */

const WRONG_CREDENTIALS = 'That email and password do not match an account.';
const DEACTIVATED = 'This account has been deactivated. Please ask the clinic to reactivate it.';

async function submit(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('each role signs in through the form and lands on its own home page', async ({ browser, baseURL }) => {
  const { accounts } = await arrange({
    accounts: { admin: 'ADMIN', doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST', parent: 'PARENT' },
  });
  for (const [account, home] of [
    [accounts.admin, /\/patients$/],
    [accounts.doctor, /\/patients$/],
    [accounts.therapist, /\/sessions$/],
    [accounts.parent, /\/children$/],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      // The form signs in from client-side scripts: none may be blocked by the Content-Security-Policy.
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await submit(page, account.email, account.password);
      await expect(page, account.role).toHaveURL(home);
      await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test('a wrong password and an unknown email get the same message, and nobody is signed in', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { parent: 'PARENT' } });
  await submit(page, accounts.parent.email, 'a-wrong-guess-9');
  await expect(page.getByText(WRONG_CREDENTIALS)).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await submit(page, `nobody.${accounts.parent.email}`, accounts.parent.password);
  await expect(page.getByText(WRONG_CREDENTIALS)).toBeVisible();
  await page.goto('/children');
  await expect(page).toHaveURL(/\/login/);
});

test('a deactivated account is told so only with the right password', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { parent: { role: 'PARENT', deactivated: true } } });
  await submit(page, accounts.parent.email, accounts.parent.password);
  await expect(page.getByText(DEACTIVATED)).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  // Without the right password nobody learns that the account exists, deactivated or not.
  await submit(page, accounts.parent.email, 'a-wrong-guess-9');
  await expect(page.getByText(WRONG_CREDENTIALS)).toBeVisible();
  await expect(page.getByText(DEACTIVATED)).toHaveCount(0);
});
