import { expect, test, type Page } from '@playwright/test';
import { arrange, signIn } from './fixtures';

/**
 * A page the reader may not see, or that does not exist, answers HTTP 404, not 200 with a
 * not-found body: nothing streams before the page has decided (issue 8; a route-group-wide
 * loading.tsx used to flush the shell, and with it the 200, first).
 */

async function expectNotFound(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
}

test("another family's child, staff pages and unknown ids answer 404 to a parent", async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT', otherParent: 'PARENT' },
    children: {
      own: { firstName: 'Mila', lastName: 'Own', ageDays: 60, sex: 'FEMALE', guardians: ['parent'] },
      other: { firstName: 'Ivo', lastName: 'Other', ageDays: 80, sex: 'MALE', guardians: ['otherParent'] },
    },
  });
  await signIn(page, accounts.parent);

  // Positive control: the parent's own child answers 200.
  const own = await page.goto(`/children/${children.own.patientId}`);
  expect(own?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: children.own.fullName })).toBeVisible();

  await expectNotFound(page, `/children/${children.other.patientId}`);
  await expectNotFound(page, '/children/no-such-child');
  await expectNotFound(page, '/patients');
  await expectNotFound(page, `/patients/${children.own.patientId}`);
  await expectNotFound(page, '/sessions');
  await expectNotFound(page, '/admin/users');
});

test('an unknown patient id and an unknown route answer 404 to staff', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);
  await expectNotFound(page, '/patients/no-such-patient');
  await expectNotFound(page, '/courses/no-such-course');
  await expectNotFound(page, '/no-such-page');
});
