import { expect, test, type Browser, type Page } from '@playwright/test';
import { arrange, signIn, type Account } from './fixtures';

/** The audit trail as the clinic sees it: the admin's access log, and its role boundary. */

async function signedInPage(browser: Browser, baseURL: string | undefined, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test("a doctor opens a child's record; the admin sees it on the access log filtered by that child", async ({
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', admin: 'ADMIN' },
    children: {
      nora: { firstName: 'Nora', lastName: 'Audit', ageDays: 60, sex: 'FEMALE' },
      other: { firstName: 'Ilya', lastName: 'Audit', ageDays: 90, sex: 'MALE' },
    },
  });

  const doctor = await signedInPage(browser, baseURL, accounts.doctor);
  const opened = await doctor.goto(children.nora.patientPath);
  const requestId = opened?.headers()['x-request-id'] ?? '';
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(doctor.getByRole('heading', { level: 1, name: children.nora.fullName })).toBeVisible();
  // Staff see who opened the record, this visit included.
  const recently = doctor
    .locator('section')
    .filter({ has: doctor.getByRole('heading', { name: 'Recently opened by' }) });
  await expect(recently.getByText(accounts.doctor.name)).toBeVisible();
  await doctor.goto(children.other.patientPath);
  await expect(doctor.getByRole('heading', { level: 1, name: children.other.fullName })).toBeVisible();

  const admin = await signedInPage(browser, baseURL, accounts.admin);
  await admin.goto('/admin/access-log');
  await admin.getByLabel('Child').selectOption(children.nora.patientId);
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(new RegExp(`child=${children.nora.patientId}`));

  const rows = admin.getByRole('row').filter({ has: admin.getByRole('cell') });
  const doctorsRead = rows.filter({ hasText: accounts.doctor.name }).filter({ hasText: 'Opened' });
  await expect(doctorsRead).toHaveCount(1);
  await expect(doctorsRead).toContainText('Child’s record');
  await expect(doctorsRead).toContainText(children.nora.fullName);
  await expect(doctorsRead).toContainText('Done');
  // The row names the request that opened the record (its start, as an error's reference quotes it).
  await expect(doctorsRead).toContainText(requestId.slice(0, 8));
  // Only Nora's events: her registration and the doctor's visit, not Ilya's.
  await expect(rows.filter({ hasText: children.other.fullName })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Created' }).first()).toContainText(children.nora.fullName);
});

test('a parent and a therapist get the not-found page for the access log, and the refusal is logged', async ({
  browser,
  baseURL,
}) => {
  const { accounts } = await arrange({
    accounts: { parent: 'PARENT', therapist: 'THERAPIST', admin: 'ADMIN' },
  });
  for (const account of [accounts.parent, accounts.therapist]) {
    const page = await signedInPage(browser, baseURL, account);
    const response = await page.goto('/admin/access-log');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Access log' })).toHaveCount(0);
  }

  // Positive control: the admin opens it, and finds the parent's refused attempt.
  const admin = await signedInPage(browser, baseURL, accounts.admin);
  await admin.getByRole('link', { name: 'Access log' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Access log' })).toBeVisible();
  await admin.getByLabel('Person').selectOption(accounts.parent.id);
  await admin.getByRole('button', { name: 'Filter' }).click();
  const refusal = admin.getByRole('row').filter({ hasText: 'Access refused' });
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toContainText('/admin/access-log');
  await expect(refusal).toContainText('Not allowed for the role');
});
