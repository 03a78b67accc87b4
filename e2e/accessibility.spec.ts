import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/** Issue 9: every signed-in page failed colour contrast, and the patient page its definition list. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test("the doctor's patient page has no serious or critical accessibility violation", async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', parent: 'PARENT' },
    children: {
      ada: onRunningCourse({ firstName: 'Ada', lastName: 'Axe', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.doctor);
  await page.goto(children.ada.patientPath);
  await expect(page.getByRole('heading', { level: 1, name: children.ada.fullName })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the clinic settings page has no serious or critical accessibility violation', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
  await signIn(page, accounts.admin);
  await page.goto('/admin/settings');
  await expect(page.getByRole('form', { name: 'Clinic contact' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
