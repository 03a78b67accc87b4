import { expect, test } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { formatDate } from '../lib/i18n/format';
import { arrangeCourse, signInAs } from './fixtures';

/**
 * A paediatrician marks an indication resolved, after confirming. Rita is this spec's own child
 * (e2e/support/arrange-course.ts), with one open preventive indication.
 */

const DIAGNOSIS = 'Healthy infant: general strengthening massage';
const LAST_NAME = `Resolve${Date.now().toString(36)}`;

let patientPath: string;

test.beforeAll(() => {
  patientPath = `/patients/${arrangeCourse('CLINIC', 'Rita', LAST_NAME).patientId}`;
});

test('the doctor resolves an indication only after confirming; going back leaves it open', async ({ page }) => {
  await signInAs(page, 'paediatrician');
  await page.goto(patientPath);
  const indication = page.getByRole('list', { name: 'Indications' }).getByRole('listitem').filter({ hasText: DIAGNOSIS });
  const resolve = indication.getByRole('button', { name: 'Resolve' });
  const question = page.getByRole('dialog', { name: `Mark “${DIAGNOSIS}” as resolved?` });
  await expect(indication.getByText('Open', { exact: true })).toBeVisible();

  // Going back, by the safe button or by Escape, leaves it open and focus on the button.
  await resolve.click();
  await expect(question).toHaveAccessibleDescription('No new course can be prescribed for it afterwards.');
  await question.getByRole('button', { name: 'Keep it open' }).click();
  await expect(question).toBeHidden();
  await expect(resolve).toBeFocused();
  await resolve.click();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(resolve).toBeFocused();
  await page.reload();
  await expect(indication.getByText('Open', { exact: true })).toBeVisible();

  // Confirmed: resolved today, and no longer offered for a new course.
  await resolve.click();
  await question.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(indication.getByText(`Resolved ${formatDate(clinicToday(), 'en-GB')}`)).toBeVisible();
  await expect(indication.getByText('Open', { exact: true })).toHaveCount(0);
  await expect(indication.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  await expect(indication.getByRole('link', { name: 'Prescribe course' })).toHaveCount(0);
  await expect(indication.getByRole('alert')).toHaveCount(0);
});
