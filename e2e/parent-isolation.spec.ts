import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

test("a parent can never open another family's child", async ({ page, request }) => {
  const { accounts, children } = await arrange({
    accounts: { leosParent: 'PARENT', sofiasParent: 'PARENT', therapist: 'THERAPIST' },
    children: {
      leo: {
        ...onRunningCourse({
          firstName: 'Leo',
          lastName: 'Petrov',
          location: 'CLINIC',
          therapist: 'therapist',
          guardians: ['leosParent'],
        }),
        sex: 'MALE',
      },
      sofia: { firstName: 'Sofia', lastName: 'Ivanova', ageDays: 70, sex: 'FEMALE', guardians: ['sofiasParent'] },
    },
  });
  const { leo, sofia } = children;

  // Positive control: Leo's own parent sees him, through the link in their list.
  await signIn(page, accounts.leosParent);
  await expect(page).toHaveURL(/\/children$/);
  const leoPath = await page.getByRole('link', { name: leo.fullName }).getAttribute('href');
  expect(leoPath).toMatch(/^\/children\/[^/]+$/);
  await page.goto(leoPath as string);
  await expect(page.getByRole('heading', { level: 1, name: leo.fullName })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Course calendar' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  // Must never happen: another parent opening that same address sees Leo.
  await signIn(page, accounts.sofiasParent);
  await expect(page.getByRole('link', { name: sofia.fullName })).toBeVisible();
  await expect(page.getByRole('link', { name: /Leo/ })).toHaveCount(0);
  const response = await page.goto(leoPath as string);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('Leo');
  expect(html).not.toContain(leo.lastName);
  await expect(page.locator('body')).not.toContainText('Leo');
  // Nor any page under it: the guide, the handout, the carers' links and calendar.
  for (const subpage of ['guided', 'handout', 'sharing']) {
    const answer = await page.goto(`${leoPath}/${subpage}`);
    expect(answer?.status(), subpage).toBe(404);
    expect(await answer?.text(), subpage).not.toContain(leo.lastName);
  }
  // The routine the page's fold fetches is refused the same way.
  const routine = await page.request.get(`/api/children/${leo.patientId}/routine`);
  expect(routine.status()).toBe(404);
  expect(await routine.json()).toEqual({ error: 'The child was not found.' });
  // Nor is it served to anyone signed out.
  const signedOut = await request.get(`/api/children/${leo.patientId}/routine`);
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toEqual({ error: 'Sign in again.' });

  // Any other id looks exactly the same.
  await page.goto('/children/no-such-child');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('staff pages do not exist for a parent', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { parent: 'PARENT' } });
  await signIn(page, accounts.parent);
  for (const path of ['/sessions', '/patients']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
  }
});
