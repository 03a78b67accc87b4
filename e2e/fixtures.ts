import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from '../prisma/demo-accounts';

export { DEMO_ACCOUNTS };

/** Signs in through the real sign-in form, as a person would. */
export async function signInAs(page: Page, account: DemoAccountKey): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS[account].email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
