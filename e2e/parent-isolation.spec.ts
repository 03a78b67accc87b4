import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures';

test("a parent can never open another family's child", async ({ page }) => {
  // Positive control: Leo's own parent sees him, through the link in their list.
  await signInAs(page, 'otherParent');
  await expect(page).toHaveURL(/\/children$/);
  const leoPath = await page.getByRole('link', { name: /Leo Petrov/ }).getAttribute('href');
  expect(leoPath).toMatch(/^\/children\/[^/]+$/);
  await page.goto(leoPath as string);
  await expect(page.getByRole('heading', { level: 1, name: 'Leo Petrov' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Course calendar' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  // Must never happen: another parent opening that same address sees Leo.
  await signInAs(page, 'parent');
  await expect(page.getByRole('link', { name: /Sofia Ivanova/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Leo Petrov/ })).toHaveCount(0);
  // The status stays 200: (app)/loading.tsx streams the shell before the page decides; the content is what matters.
  const response = await page.goto(leoPath as string);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('Leo');
  expect(html).not.toContain('Petrov');
  await expect(page.locator('body')).not.toContainText('Leo');

  // Any other id looks exactly the same.
  await page.goto('/children/no-such-child');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('staff pages do not exist for a parent', async ({ page }) => {
  await signInAs(page, 'parent');
  for (const path of ['/sessions', '/patients']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
  }
});
