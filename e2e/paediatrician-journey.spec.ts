import { expect, test, type Locator } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { ageOn, formatAge } from '../lib/domain/age';
import { addDays, addMonths, daysBetween, type IsoDate } from '../lib/domain/calendar-date';
import { generateSchedule } from '../lib/domain/schedule';
import { arrange, signIn, uniqueSuffix } from './fixtures';

/** The ISO dates of the <time> elements in a list, in order. */
function datesIn(list: Locator): Promise<string[]> {
  return list.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

test('a paediatrician registers a baby, records an indication and prescribes a 10-session course', async ({ page }) => {
  const today: IsoDate = clinicToday();
  const { accounts } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST', parent: 'PARENT' },
  });
  const lastName = `Journey${uniqueSuffix()}`;
  const fullName = `Nina ${lastName}`;

  await signIn(page, accounts.doctor);
  await page.goto('/patients');
  await page.getByRole('link', { name: 'New patient' }).click();

  // 1. The patient, with a parent as guardian.
  await page.getByLabel('First name').fill('Nina');
  await page.getByLabel('Last name').fill(lastName);
  const dateOfBirth = addDays(today, -70);
  await page.getByLabel('Date of birth').fill(dateOfBirth);
  await page.getByLabel('Sex').selectOption('FEMALE');
  await page.getByRole('combobox', { name: /Add a guardian/ }).fill(accounts.parent.email);
  await page.getByRole('option', { name: new RegExp(accounts.parent.name) }).click();
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(
    page.getByRole('definition').filter({ hasText: formatAge(ageOn(dateOfBirth, today, null)) }),
  ).toBeVisible();
  await expect(page.getByText(accounts.parent.name)).toBeVisible();
  await expect(page.getByText('No indications recorded.')).toBeVisible();

  // 2. The indication.
  await page.getByRole('link', { name: 'Record indication' }).click();
  await page.getByLabel('Kind').selectOption('THERAPEUTIC');
  await page.getByLabel('Diagnosis').fill('Muscle hypertonia of the arms');
  await page.getByLabel('ICD-10 code').fill('p94.1');
  await expect(page.getByLabel('Diagnosed on')).toHaveValue(today);
  await page.getByRole('button', { name: 'Save indication' }).click();

  const indications = page.getByRole('list', { name: 'Indications' });
  await expect(indications.getByText('Muscle hypertonia of the arms')).toBeVisible();
  await expect(indications.getByText('ICD-10 P94.1')).toBeVisible();

  // 3. The course: the schedule is shown, dated, before anything is saved.
  await indications.getByRole('link', { name: 'Prescribe course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prescribe course' })).toBeVisible();
  await expect(page.getByLabel('Indication', { exact: true })).not.toHaveValue('');
  await expect(page.getByLabel('Number of sessions')).toHaveValue('10');
  await expect(page.getByLabel('Start date')).toHaveValue(today);
  // In the first year the next course is due 3 months after this one starts (002): daily from
  // today, the last of ten sessions is 9 days on, so the break is what is left of the 3 months.
  await expect(page.getByLabel('Break before the next course (days)')).toHaveValue(
    String(daysBetween(addDays(today, 9), addMonths(today, 3))),
  );

  await page.getByLabel('I screened the child for every item of this checklist').check();
  // Daily on weekdays: hypertonia allows at most 2 rest days in a row (001), which every other day
  // with the weekend off breaks whenever a session falls on a Thursday.
  await page.getByLabel('Frequency').selectOption('DAILY');
  const daysOff = page.getByRole('group', { name: 'Days off' });
  await daysOff.getByLabel('Sat').check();
  await daysOff.getByLabel('Sun').check();
  await page.getByLabel('Location').selectOption('CLINIC');
  await page.getByLabel('Therapist').selectOption({ label: accounts.therapist.name });
  await page.getByLabel('Minutes per session').fill('15');
  await page.getByLabel('Start time').selectOption('09:00');

  const expected = generateSchedule(
    { frequency: 'DAILY', weekdays: [], restAfterEvery: null, restDays: 1, daysOff: [6, 7] },
    today,
    10,
  );
  const planned = page.getByRole('list', { name: 'Planned sessions' });
  await expect(planned.getByRole('listitem')).toHaveCount(10);
  await expect.poll(() => datesIn(planned)).toEqual(expected);
  await expect(page.getByText('Daily, no sessions on Sat and Sun')).toBeVisible();
  await expect(page.getByText(/^Next course from/)).toBeVisible();
  await expect(page).toHaveURL(/\/courses\/new/);

  await page.getByRole('button', { name: 'Prescribe course' }).click();

  // 4. The saved course: the same ten dates, none done yet.
  await expect(page).toHaveURL(/\/courses\/[^/]+$/);
  await expect(page.getByRole('progressbar', { name: '0 of 10 done' })).toBeVisible();
  // No healed umbilical wound is recorded: the warning is shown once, and the routine has no tummy steps.
  await expect(page.getByRole('list', { name: 'Prescription warnings' })).toContainText(
    'No tummy work until the umbilical wound is recorded as healed.',
  );
  const routine = page.getByRole('list', { name: 'Session routine' });
  await expect(routine.getByRole('listitem').first()).toContainText('Stroking');
  await expect(routine.getByText(/^Tummy/)).toHaveCount(0);
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(10);
  expect(await datesIn(sessions)).toEqual(expected);
  await expect(sessions.getByText('Scheduled')).toHaveCount(10);
  await expect(page.getByRole('link', { name: fullName })).toBeVisible();
  await expect(page.getByText(accounts.therapist.name, { exact: true })).toBeVisible();

  // The patient page lists it too.
  await page.getByRole('link', { name: fullName }).click();
  const courses = page.getByRole('list', { name: 'Courses' });
  await expect(courses.getByRole('listitem')).toHaveCount(1);
  await expect(courses.getByText('0 of 10 done').first()).toBeVisible();
});
