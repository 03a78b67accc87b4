import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signInAs } from './fixtures';

/**
 * The clinic settings (admin only), the rule book (staff only) and the list of children due for a
 * course (doctors only). Other journeys expect the default course of 10 sessions, so the settings
 * journey always puts it back.
 */

const COURSE_LENGTH = 'Sessions in a course';

async function saveCourseLength(page: Page, sessions: number): Promise<void> {
  await page.goto('/admin/settings');
  const field = page.getByLabel(COURSE_LENGTH, { exact: true });
  await field.fill(String(sessions));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/^(Saved\.|Nothing to save)/)).toBeVisible();
  await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveValue(String(sessions));
}

function changesTable(page: Page) {
  return page.getByRole('table', { name: /Changes to the clinic settings/ });
}

test('the admin changes the default course length, sees it saved and the change listed with their name', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic settings' })).toBeVisible();
  const field = page.getByLabel(COURSE_LENGTH, { exact: true });
  await expect(field).toHaveValue('10');
  // What the sources say is shown with the field.
  await expect(page.getByText('Sources allow 10–25 sessions')).toBeVisible();

  try {
    await field.fill('12');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Saved. Sessions in a course: 12 sessions.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveValue('12');
    const latest = changesTable(page).getByRole('row').nth(1);
    await expect(latest).toContainText(DEMO_ACCOUNTS.admin.name);
    await expect(latest).toContainText(COURSE_LENGTH);
    await expect(latest).toContainText('10 → 12 sessions');
  } finally {
    // Other journeys prescribe with the default of 10 sessions.
    await saveCourseLength(page, 10);
  }
  await expect(changesTable(page).getByRole('row').nth(1)).toContainText('12 → 10 sessions');
});

test('invalid settings show a message beside the field and nothing is saved', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/settings');
  // allTextContents does not wait: let the streamed page arrive before reading the change log.
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic settings' })).toBeVisible();
  const changesBefore = await changesTable(page).getByRole('row').allTextContents();

  const minimumAge = page.getByLabel('Minimum age to start a course');
  const warningAge = page.getByLabel('Age below which starting needs a warning');
  const courseLength = page.getByLabel(COURSE_LENGTH, { exact: true });
  await minimumAge.fill('60');
  await warningAge.fill('45');
  await courseLength.fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(warningAge).toHaveAttribute('aria-invalid', 'true');
  // The first field to fix takes the focus.
  await expect(warningAge).toBeFocused();
  await expect(warningAge).toHaveAccessibleDescription(/The warning age \(45 days\) cannot be below the minimum age \(60 days\)\./);
  await expect(courseLength).toHaveAttribute('aria-invalid', 'true');
  await expect(courseLength).toHaveAccessibleDescription(/Sessions in a course must be between 10 and 25 sessions/);
  // The minimum age is valid on its own: the conflict is reported once, beside the warning age.
  await expect(minimumAge).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Minimum age to start a course')).toHaveValue('21');
  await expect(page.getByLabel('Age below which starting needs a warning')).toHaveValue('42');
  await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveValue('10');
  await expect(changesTable(page).getByRole('row')).toHaveText(changesBefore);
});

test('a therapist can read the guidelines, with the source of each rule', async ({ page }) => {
  await signInAs(page, 'therapist');
  await page.goto('/guidelines');
  await expect(page.getByRole('heading', { level: 1, name: 'Guidelines' })).toBeVisible();

  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Contraindications' }).click();
  await expect(page).toHaveURL(/#contraindications$/);
  const contraindications = page.getByRole('region', { name: 'Contraindications' });
  await expect(contraindications.getByRole('heading', { level: 2, name: 'Contraindications' })).toBeVisible();
  await expect(contraindications.getByText('Congenital heart defect or heart disease')).toBeVisible();
  await expect(contraindications.getByRole('link', { name: '001', exact: true }).first()).toBeVisible();
  // Each source id leads to the list of sources.
  await expect(page.getByRole('region', { name: 'Sources' }).getByText('When to massage a baby. We massage the newborn')).toBeVisible();
});

test('a parent gets the not-found page for the guidelines and the clinic settings', async ({ page }) => {
  await signInAs(page, 'parent');
  for (const path of ['/guidelines', '/admin/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Contraindications' })).toHaveCount(0);
    await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveCount(0);
  }
});

test('a therapist gets the not-found page for the clinic settings and the due list', async ({ page }) => {
  await signInAs(page, 'therapist');
  for (const path of ['/admin/settings', '/due']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('the doctor sees Mia Sokolova coming up for her next course, linked to her page', async ({ page }) => {
  await signInAs(page, 'paediatrician');
  await page.goto('/due');
  await expect(page.getByRole('heading', { level: 1, name: 'Due for a course' })).toBeVisible();

  const mia = page.getByRole('list', { name: 'Coming up' }).getByRole('link', { name: /Sokolova, Mia/ });
  await expect(mia).toBeVisible();
  // The demo course ended about a month ago with a 60-day break: a date about a month ahead.
  await expect(mia).toContainText(/\d{1,2} [A-Z][a-z]{2,3} \d{4}/);
  await expect(mia).toContainText(/in \d+ days/);
  await expect(mia).toContainText('Hip dysplasia after treatment');
  await mia.click();
  await expect(page).toHaveURL(/\/patients\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: /Mia/ })).toBeVisible();
});
