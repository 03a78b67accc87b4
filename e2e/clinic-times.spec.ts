import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn, type Child, type ChildSpec } from './fixtures';

/**
 * Clinic sessions have times. Mila's course (arranged) holds the therapist's 09:00 every day.
 * The doctor prescribes Nora's course from the therapist's free times (09:00 is not offered),
 * a time taken meanwhile is refused beside the field, and the therapist's day shows both children
 * by time, today and tomorrow.
 */

const waiting = (firstName: string, lastName: string): ChildSpec => ({
  firstName,
  lastName,
  ageDays: 120,
  sex: 'FEMALE',
  indication: { kind: 'THERAPEUTIC', diagnosis: 'Muscle hypertonia', diagnosedDaysAgo: 1 },
});

async function openPrescribeForm(page: Page, child: Child, therapistName: string): Promise<void> {
  await page.goto(`/patients/${child.patientId}/courses/new?indication=${child.indicationId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Prescribe course' })).toBeVisible();
  await page.getByLabel('I screened the child for every item of this checklist').check();
  await page.getByLabel('Location').selectOption('CLINIC');
  await page.getByLabel('Therapist').selectOption({ label: therapistName });
  await page.getByLabel('Minutes per session').fill('15');
}

test('the doctor books a clinic course on the therapist’s free times; the therapist’s day lists it by time', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      mila: onRunningCourse({ firstName: 'Mila', lastName: 'Times', location: 'CLINIC', therapist: 'therapist' }),
      nora: waiting('Nora', 'Times'),
      ivy: waiting('Ivy', 'Times'),
    },
  });
  const THERAPIST = accounts.therapist.name;
  await signIn(page, accounts.doctor);
  await openPrescribeForm(page, children.nora, THERAPIST);

  // Mila holds 09:00: it is not offered; 09:30 is.
  const startTime = page.getByLabel('Start time');
  await expect(startTime).toBeEnabled();
  await expect(startTime.locator('option', { hasText: '09:30' })).toHaveCount(1);
  await expect(startTime.locator('option', { hasText: '09:00' })).toHaveCount(0);
  await startTime.selectOption('09:30');
  const planned = page.getByRole('list', { name: 'Planned sessions' });
  await expect(planned.getByRole('listitem')).toHaveCount(10);
  await expect(planned.getByRole('listitem').filter({ hasText: '09:30' })).toHaveCount(10);

  // Meanwhile another doctor's tab books Ivy at 10:00 with the same therapist.
  await startTime.selectOption('10:00');
  const other = await (await browser.newContext({ baseURL })).newPage();
  await signIn(other, accounts.doctor);
  await openPrescribeForm(other, children.ivy, THERAPIST);
  await other.getByLabel('Start time').selectOption('10:00');
  await other.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(other).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  await other.context().close();

  // The first tab's 10:00 is refused beside the field, in the server's words; 09:30 goes through.
  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(startTime).toHaveAccessibleDescription(
    'The therapist already has a session from 10:00 to 10:30: choose another time.',
  );
  await expect(page).toHaveURL(/\/courses\/new/);
  await startTime.selectOption('09:30');
  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByRole('listitem').filter({ hasText: '09:30–10:00' })).toHaveCount(10);

  // The therapist's day: Mila at 09:00, Nora at 09:30, Ivy at 10:00, in that order; the same tomorrow.
  const therapist = await (await browser.newContext({ baseURL })).newPage();
  await signIn(therapist, accounts.therapist);
  await therapist.goto('/sessions');
  const today = therapist.getByRole('region', { name: /^Today/ });
  const order = [children.mila.fullName, children.nora.fullName, children.ivy.fullName];
  const namesIn = (region: typeof today) =>
    region
      .getByRole('listitem')
      .getByRole('link', { name: /^[A-Z][a-z]+ Times\w+$/ })
      .allTextContents();
  await expect.poll(() => namesIn(today)).toEqual(order);
  await expect(today.getByRole('listitem').first()).toContainText('09:00–09:30');

  await therapist.getByRole('link', { name: 'Next day →' }).click();
  await expect(therapist).toHaveURL(/view=day&date=\d{4}-\d{2}-\d{2}/);
  await expect(therapist.getByRole('region', { name: /^Today/ })).toHaveCount(0);
  const tomorrow = therapist
    .getByRole('region')
    .filter({ has: therapist.getByRole('heading', { level: 2 }) })
    .last();
  await expect.poll(() => namesIn(tomorrow)).toEqual(order);
  await expect(tomorrow.getByRole('listitem').nth(1)).toContainText('09:30–10:00');
  await therapist.context().close();
});

test("the doctor moves one session to another free hour of its day; the therapist's other child's time is not offered", async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      mila: onRunningCourse({ firstName: 'Mila', lastName: 'Hours', location: 'CLINIC', therapist: 'therapist' }),
      lena: onRunningCourse({ firstName: 'Lena', lastName: 'Hours', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  await signIn(page, accounts.doctor);
  await page.goto(`/courses/${children.mila.courseId}`);
  const sessions = page.getByRole('list', { name: 'Sessions' });
  // Only sessions still to come can be booked: the first such row's time is the link.
  await sessions
    .getByRole('link', { name: /Change the time of session \d+$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Book the session’s time' })).toBeVisible();

  const time = page.getByLabel('Time', { exact: true });
  await expect(time).toHaveValue('09:00');
  await expect(time.locator('option', { hasText: '09:00 (booked now)' })).toHaveCount(1);
  // Lena holds the therapist's 09:30 that day.
  await expect(time.locator('option', { hasText: '09:30' })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
    [],
  );
  await time.selectOption('11:00');
  await page.getByRole('button', { name: 'Book this time' }).click();
  await expect(page.getByText('Booked for 11:00.')).toBeVisible();
  await expect(page.getByText(/Booked now: 11:00–11:30/)).toBeVisible();

  await page.getByRole('link', { name: '← The course' }).click();
  await expect(sessions.getByRole('link', { name: /^11:00–11:30 — Change the time of session \d+$/ })).toHaveCount(1);
});
