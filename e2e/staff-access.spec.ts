import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures';

/** Role boundaries of the staff pages: each "must never happen" beside its positive control. */

test('a therapist gets the not-found page for the new-patient form and the account admin', async ({ page }) => {
  await signInAs(page, 'therapist');
  for (const path of ['/patients/new', '/admin/users']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByLabel('First name')).toHaveCount(0);
    await expect(page.getByLabel('Initial password')).toHaveCount(0);
  }
});

test('positive control: the doctor can open the new-patient form', async ({ page }) => {
  await signInAs(page, 'paediatrician');
  await page.goto('/patients/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
  await expect(page.getByLabel('First name')).toBeVisible();
});

test('positive control: the admin can open the account admin', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff & parents' })).toBeVisible();
  await expect(page.getByLabel('Initial password')).toBeVisible();
});

test('a therapist opens only the courses assigned to them; a parent cannot use the staff course page', async ({ browser, page, baseURL }) => {
  await signInAs(page, 'paediatrician');
  const courseOf = async (firstName: string, lastName: string): Promise<string> => {
    await page.goto(`/patients?q=${lastName}`);
    await page.getByRole('link', { name: `${lastName}, ${firstName}` }).click();
    const href = await page.getByRole('list', { name: 'Courses' }).getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/courses\//);
    return href ?? '';
  };
  const sofiasHomeCourse = await courseOf('Sofia', 'Ivanova'); // no therapist assigned
  const leosClinicCourse = await courseOf('Leo', 'Petrov'); // assigned to the demo therapist

  for (const [account, allowed, refused] of [
    ['therapist', [leosClinicCourse], [sofiasHomeCourse]],
    ['parent', [], [sofiasHomeCourse, leosClinicCourse]],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    const other = await context.newPage();
    try {
      await signInAs(other, account);
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
