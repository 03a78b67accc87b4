import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/** Role boundaries of the staff pages: each "must never happen" beside its positive control. */

test('a therapist gets the not-found page for the new-patient form and the account admin', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { therapist: 'THERAPIST' } });
  await signIn(page, accounts.therapist);
  for (const path of ['/patients/new', '/admin/users']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByLabel('First name')).toHaveCount(0);
    await expect(page.getByLabel('Initial password')).toHaveCount(0);
  }
});

test('positive control: the doctor can open the new-patient form', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);
  await page.goto('/patients/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
  await expect(page.getByLabel('First name')).toBeVisible();
});

test('positive control: the admin can open the account admin', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
  await signIn(page, accounts.admin);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff & parents' })).toBeVisible();
  await expect(page.getByLabel('Initial password')).toBeVisible();
});

test('a therapist opens only the courses assigned to them; a parent cannot use the staff course page', async ({
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST', parent: 'PARENT' },
    children: {
      sofia: onRunningCourse({ firstName: 'Sofia', lastName: 'Ivanova', location: 'HOME', guardians: ['parent'] }), // no therapist assigned
      leo: onRunningCourse({ firstName: 'Leo', lastName: 'Petrov', location: 'CLINIC', therapist: 'therapist' }), // assigned to the therapist
    },
  });
  const sofiasHomeCourse = children.sofia.coursePath;
  const leosClinicCourse = children.leo.coursePath;

  // The parent is Sofia's own: even their child's course has no staff page for them.
  for (const [account, allowed, refused] of [
    [accounts.doctor, [sofiasHomeCourse, leosClinicCourse], []],
    [accounts.therapist, [leosClinicCourse], [sofiasHomeCourse]],
    [accounts.parent, [], [sofiasHomeCourse, leosClinicCourse]],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    const other = await context.newPage();
    try {
      await signIn(other, account);
      for (const path of refused) {
        await other.goto(path);
        await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      }
      // Positive control: the same page works for someone entitled to it.
      for (const path of allowed) {
        await other.goto(path);
        await expect(other.getByRole('list', { name: 'Sessions' })).toBeVisible();
      }
    } finally {
      await context.close();
    }
  }
});
