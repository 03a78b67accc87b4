import { expect, test, type Locator, type Page } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { addDays } from '../lib/domain/calendar-date';
import { arrange, signIn, uniqueSuffix } from './fixtures';

/**
 * Prescribing with the contraindication screening and the routine editor: what a ticked item
 * does (blocks, postpones the start, leaves an area out) and that the doctor's edit of the
 * routine is what the course stores. Each test registers its own baby, so the other tests
 * cannot change what it sees.
 */

const today = clinicToday();

/** A 4-month-old with a healed umbilical wound and a therapeutic indication; opens the prescribe form. */
async function openPrescribeFormForNewBaby(page: Page): Promise<{ patientHref: string }> {
  const lastName = `Screening${uniqueSuffix()}`;
  await page.goto('/patients/new');
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill(lastName);
  const dateOfBirth = addDays(today, -125);
  await page.getByLabel('Date of birth').fill(dateOfBirth);
  await page.getByLabel('Sex').selectOption('FEMALE');
  await page.getByLabel('Umbilical wound healed on').fill(addDays(dateOfBirth, 14));
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ada ${lastName}` })).toBeVisible();
  const patientHref = new URL(page.url()).pathname;

  await page.getByRole('link', { name: 'Record indication' }).click();
  await page.getByLabel('Kind').selectOption('THERAPEUTIC');
  await page.getByLabel('Diagnosis').fill('Muscle hypertonia of the legs');
  await page.getByRole('button', { name: 'Save indication' }).click();
  await page.getByRole('list', { name: 'Indications' }).getByRole('link', { name: 'Prescribe course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prescribe course' })).toBeVisible();

  // Home sessions need no therapist, which keeps each test to the rule it is about.
  await page.getByLabel('Location').selectOption('HOME');
  await page.getByLabel('I screened the child for every item of this checklist').check();
  return { patientHref };
}

/** "Arms and hands · Stroking" for every step of a routine list, in order. */
function stepTitles(list: Locator): Promise<string[]> {
  return list
    .locator('[data-step-title]')
    .evaluateAll((titles) => titles.map((title) => (title.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

test.beforeEach(async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);
});

test('an absolute contraindication blocks the course: the reason is beside the checklist and nothing is saved', async ({
  page,
}) => {
  const { patientHref } = await openPrescribeFormForNewBaby(page);

  await page.getByLabel('Congenital heart defect or heart disease').check();
  await expect(page.getByText('Blocked:')).toBeVisible();

  await page.getByRole('button', { name: 'Prescribe course' }).click();
  const checklist = page.getByRole('group', { name: 'Present in this child' });
  await expect(checklist).toHaveAccessibleDescription(
    /Congenital heart defect or heart disease: no massage until a doctor clears it\./,
  );
  await expect(page.getByText('A contraindication blocks this course.')).toBeVisible();
  // The ticks are kept for the doctor to correct.
  await expect(page.getByLabel('Congenital heart defect or heart disease')).toBeChecked();
  await expect(page).toHaveURL(/\/courses\/new/);

  await page.goto(patientHref);
  await expect(page.getByText('No courses yet.')).toBeVisible();
});

test('a temporary contraindication refuses a start today, and saves with a start after recovery', async ({ page }) => {
  await openPrescribeFormForNewBaby(page);

  await page.getByLabel('Fever or high temperature').check();
  await expect(page.getByText('Cannot start today:')).toBeVisible();
  await expect(page.getByLabel('Start date')).toHaveValue(today);
  await page.getByRole('button', { name: 'Prescribe course' }).click();

  const startDate = page.getByLabel('Start date');
  await expect(startDate).toHaveAccessibleDescription(
    'Fever or high temperature: choose a start date after recovery, not today.',
  );
  await expect(page).toHaveURL(/\/courses\/new/);

  const later = addDays(today, 3);
  await startDate.fill(later);
  await expect(page.getByText(/is later: the course can be saved/)).toBeVisible();
  await page.getByRole('button', { name: 'Prescribe course' }).click();

  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  await expect(page.getByText('Course prescribed', { exact: false })).toBeVisible();
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.locator('time').first()).toHaveAttribute('datetime', later);
  await expect(page.getByRole('list', { name: 'Contraindications present' })).toHaveText('Fever or high temperature');
  await expect(page.getByRole('term').filter({ hasText: 'Start postponed for' })).toBeVisible();
});

test('a local contraindication leaves its area out of the saved routine', async ({ page }) => {
  await openPrescribeFormForNewBaby(page);
  const editor = page.getByRole('list', { name: 'Routine steps' });
  await expect
    .poll(async () => (await stepTitles(editor)).filter((title) => title.startsWith('Back and buttocks')).length)
    .toBeGreaterThan(0);

  await page
    .getByLabel('Wart, birthmark or other quiet (not inflamed, not broken) skin lesion on the back and buttocks')
    .check();
  await expect(page.getByText('Left out:')).toBeVisible();
  await expect(page.locator('#screening-verdict')).toContainText('Left out: Back and buttocks');
  // The proposal follows the screening at once.
  await expect
    .poll(async () => (await stepTitles(editor)).filter((title) => title.startsWith('Back and buttocks')).length)
    .toBe(0);

  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  await expect(page.getByRole('list', { name: 'Prescription warnings' })).toContainText(
    'leave out this area (Back and buttocks)',
  );

  const routine = page.getByRole('list', { name: 'Session routine' });
  const saved = await stepTitles(routine);
  expect(saved.length).toBeGreaterThan(0);
  expect(saved.filter((title) => title.startsWith('Back and buttocks'))).toEqual([]);
  await expect(page.getByRole('definition').filter({ hasText: /^Back and buttocks$/ })).toBeVisible();
});

test('the doctor removes, moves and retimes steps; the course keeps the edited routine in that order', async ({
  page,
}) => {
  await openPrescribeFormForNewBaby(page);
  await page.getByRole('button', { name: 'Edit routine' }).click();
  const editor = page.getByRole('list', { name: 'Routine steps' });
  const proposed = await stepTitles(editor);
  expect(proposed.length).toBeGreaterThan(8);
  expect(proposed[0]).toMatch(/· Stroking$/);
  await expect(page.getByRole('button', { name: 'Reset to the proposal' })).toHaveCount(0);

  // A live check: a session may not begin with anything but stroking.
  await page.getByRole('button', { name: 'Move step 1 down', exact: true }).click();
  await expect(editor.getByText(/^A session begins with stroking/)).toBeVisible();
  await page.getByRole('button', { name: 'Move step 2 up', exact: true }).click();
  await expect(editor.getByText(/^A session begins with stroking/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset to the proposal' })).toBeVisible();

  // Remove step 4, then move the new step 8 above step 7.
  const expected = [...proposed];
  await page.getByRole('button', { name: 'Remove step 4', exact: true }).click();
  expected.splice(3, 1);
  await page.getByRole('button', { name: 'Move step 8 up', exact: true }).click();
  [expected[6], expected[7]] = [expected[7] as string, expected[6] as string];
  await expect.poll(() => stepTitles(editor)).toEqual(expected);

  // Too long a session is refused live; one minute for the first step is fine.
  const firstMinutes = page.getByLabel('Minutes for step 1', { exact: true });
  await firstMinutes.fill('10');
  await expect(page.getByText(/it may last at most 15 min/)).toBeVisible();
  await firstMinutes.fill('1');
  await page.getByLabel('Seconds for step 1', { exact: true }).fill('0');
  await expect(page.getByText(/it may last at most 15 min/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  const routine = page.getByRole('list', { name: 'Session routine' });
  await expect.poll(() => stepTitles(routine)).toEqual(expected);
  await expect(routine.getByRole('listitem').first()).toContainText('1 min');
});
