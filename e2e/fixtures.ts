import { execFileSync } from 'node:child_process';
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

/**
 * A child of the journey's own with a course under way (see e2e/support/arrange-course.ts):
 * three of ten daily sessions done and today's open, at home or at the clinic.
 */
export function arrangeCourse(location: 'HOME' | 'CLINIC', firstName: string, lastName: string): { patientId: string; courseId: string } {
  const output = execFileSync('npx', ['tsx', '--conditions=react-server', 'e2e/support/arrange-course.ts', location, firstName, lastName], {
    encoding: 'utf8',
    env: process.env,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '');
}
