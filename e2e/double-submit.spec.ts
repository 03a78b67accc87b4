import { expect, test, type Page, type Request } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { addDays } from '../lib/domain/calendar-date';
import { arrange, openAccountsMatching, signIn, uniqueSuffix } from './fixtures';

/**
 * Issue 8: a create form sent twice makes one record. Each form carries an idempotency key made
 * when the page renders, so a double click, and the very same request sent again (a retry after a
 * lost answer, replayed here with the page's cookies), both find the first record.
 */

/** Double-clicks the button and returns the form's first server action request, once it was answered. */
async function doubleClickSubmit(page: Page, button: string): Promise<Request> {
  const sent = page.waitForRequest((request) => request.method() === 'POST' && 'next-action' in request.headers());
  await page.getByRole('button', { name: button }).dblclick();
  const request = await sent;
  await request.response();
  return request;
}

test('a new patient saved twice is one patient', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);
  const lastName = `Twice${uniqueSuffix()}`;
  await page.goto('/patients/new');
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Date of birth').fill(addDays(clinicToday(), -60));
  await page.getByLabel('Sex').selectOption('FEMALE');

  const submit = await doubleClickSubmit(page, 'Save patient');
  await expect(page.getByRole('heading', { level: 1, name: `Ada ${lastName}` })).toBeVisible();
  const patientPath = new URL(page.url()).pathname;
  const retry = await page.request.fetch(submit, { maxRedirects: 0 });
  expect(retry.headers()['x-action-redirect']).toContain(patientPath);

  await page.goto(`/patients?q=${lastName}`);
  await expect(page.getByRole('list', { name: 'Patients' }).getByRole('listitem')).toHaveCount(1);
});

test('a course prescribed twice is one course', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: {
      baby: {
        firstName: 'Ben',
        lastName: 'Twice',
        ageDays: 120,
        sex: 'MALE',
        indication: { kind: 'PREVENTIVE', diagnosis: 'Healthy infant', diagnosedDaysAgo: 1 },
      },
    },
  });
  const { baby } = children;
  await signIn(page, accounts.doctor);
  await page.goto(`${baby.patientPath}/courses/new`);
  await page.getByLabel('Location').selectOption('HOME');
  await page.getByLabel('I screened the child for every item of this checklist').check();

  const submit = await doubleClickSubmit(page, 'Prescribe course');
  await expect(page).toHaveURL(/\/courses\/[^/?]+\?/);
  const coursePath = new URL(page.url()).pathname;
  const retry = await page.request.fetch(submit, { maxRedirects: 0 });
  expect(retry.headers()['x-action-redirect']).toContain(coursePath);

  await page.goto(baby.patientPath);
  await expect(page.getByRole('list', { name: 'Courses' }).getByRole('listitem')).toHaveCount(1);
});

test('an account added twice is one account, and the form then adds the next one', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
  await signIn(page, accounts.admin);
  await page.goto('/admin/users');
  const emailOf = (name: string) => `${name.toLowerCase().replace(/\W+/g, '.')}@e2e.test`;
  const addAccount = async (name: string) => {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email', { exact: true }).fill(emailOf(name));
    await page.getByLabel('Role').selectOption('PARENT');
    await page.getByLabel('Initial password').fill('lavender-cradle-song');
  };
  const first = `Twice Parent ${uniqueSuffix()}`;
  await addAccount(first);
  const submit = await doubleClickSubmit(page, 'Add account');
  await expect(page.getByText(`Account added for ${first}`)).toBeVisible();
  await page.request.fetch(submit, { maxRedirects: 0 });

  // The page made a new key when it rendered again: the next account is not taken for the first.
  const second = `Next Parent ${uniqueSuffix()}`;
  await addAccount(second);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText(`Account added for ${second}`)).toBeVisible();

  // The list is paged: each account is looked up by the search, as an admin of a large clinic would.
  for (const name of [first, second]) {
    await openAccountsMatching(page, emailOf(name));
    await expect(page.getByText(emailOf(name), { exact: true })).toHaveCount(1);
  }
});
