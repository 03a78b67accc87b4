import { expect, test } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { formatDate } from '../lib/i18n/format';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * A paediatrician marks an indication resolved, after confirming. Rita is the test's own child,
 * with one open preventive indication and a course under way.
 */

const DIAGNOSIS = 'Healthy infant: general strengthening massage';

test('the doctor resolves an indication only after confirming; going back leaves it open', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      rita: onRunningCourse({ firstName: 'Rita', lastName: 'Resolve', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  await signIn(page, accounts.doctor);
  await page.goto(children.rita.patientPath);
  const indication = page
    .getByRole('list', { name: 'Indications' })
    .getByRole('listitem')
    .filter({ hasText: DIAGNOSIS });
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
