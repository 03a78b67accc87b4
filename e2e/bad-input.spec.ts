import { expect, test, type Page } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { addDays } from '../lib/domain/calendar-date';
import { arrange, onRunningCourse, signIn, type Child } from './fixtures';

/**
 * Every form refuses invalid values with the message beside the field (the field's accessible
 * description, i.e. its aria-describedby) and saves nothing. The browser checks with the same
 * zod schema first; the start-before-birth case is only known to the server, so it also proves
 * the server's refusal reaches the field.
 */

const today = clinicToday();

async function openPatient(page: Page, { firstName, lastName }: Child): Promise<void> {
  await page.goto(`/patients?q=${encodeURIComponent(lastName)}`);
  await page.getByRole('link', { name: `${lastName}, ${firstName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
}

test('patient form: an empty name and a birth date in the future are refused', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);
  const lastName = `Refused${Date.now().toString(36)}`;
  await page.goto('/patients/new');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Date of birth').fill(addDays(today, 3));
  await page.getByLabel('Sex').selectOption('MALE');
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(page.getByLabel('First name')).toHaveAccessibleDescription('First name is required.');
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription('Date of birth cannot be in the future.');
  await expect(page.getByLabel('First name')).toBeFocused();
  // What was typed is kept.
  await expect(page.getByLabel('Last name')).toHaveValue(lastName);
  await expect(page).toHaveURL(/\/patients\/new$/);

  await page.goto(`/patients?q=${lastName}`);
  await expect(page.getByText(`No patients match “${lastName}”.`)).toBeVisible();
});

test('prescribe form: 0 and 100 sessions and a start before birth are refused', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      // An indication with no course yet: one with a running course is refused before anything else.
      leo: {
        firstName: 'Leo',
        lastName: 'Petrov',
        ageDays: 152,
        sex: 'MALE',
        indication: {
          kind: 'PREVENTIVE',
          diagnosis: 'Healthy infant: general strengthening massage',
          diagnosedDaysAgo: 4,
        },
      },
    },
  });
  await signIn(page, accounts.doctor);
  await openPatient(page, children.leo);
  await expect(page.getByText('No courses yet.')).toBeVisible();

  await page.getByRole('list', { name: 'Indications' }).getByRole('link', { name: 'Prescribe course' }).first().click();
  await page.getByLabel('Location').selectOption('CLINIC');
  await page.getByLabel('Therapist').selectOption({ label: accounts.therapist.name });
  // The first of the therapist's free times (the select is enabled once they are loaded).
  await page.getByLabel('Start time').selectOption({ index: 1 });
  await page.getByLabel('I screened the child for every item of this checklist').check();
  const sessionCount = page.getByLabel('Number of sessions');
  const prescribe = page.getByRole('button', { name: 'Prescribe course' });

  await sessionCount.fill('0');
  await expect(page.getByText('Enter a number of sessions from 1 to 30.')).toBeVisible(); // the live preview
  await prescribe.click();
  await expect(sessionCount).toHaveAccessibleDescription('Number of sessions must be at least 1.');

  await sessionCount.fill('100');
  await prescribe.click();
  await expect(sessionCount).toHaveAccessibleDescription('Number of sessions must be at most 30.');

  // Only the server knows the birth date rule's outcome for sure: this one goes the whole way.
  await sessionCount.fill('10');
  const leoBorn = addDays(today, -152);
  await page.getByLabel('Start date').fill(addDays(leoBorn, -1));
  await prescribe.click();
  await expect(page.getByLabel('Start date')).toHaveAccessibleDescription(
    'The course cannot start before the child was born.',
  );
  await expect(page.getByText('The course cannot start before the child was born.').first()).toBeVisible();
  await expect(sessionCount).toHaveValue('10');
  await expect(page).toHaveURL(/\/courses\/new/);

  await openPatient(page, children.leo);
  await expect(page.getByText('No courses yet.')).toBeVisible();
});

test('prescribe form: an indication with a running course is refused as soon as it is chosen', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', parent: 'PARENT' },
    children: {
      mia: onRunningCourse({ firstName: 'Mia', lastName: 'Running', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.doctor);
  await openPatient(page, children.mia);
  await page.getByRole('list', { name: 'Indications' }).getByRole('link', { name: 'Prescribe course' }).first().click();
  // Nothing submitted yet: the form's own decision says it, beside the field.
  await expect(page.getByLabel('Indication', { exact: true })).toHaveAccessibleDescription(
    'This indication already has a running course.',
  );
  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page.getByText('This indication already has a running course.').first()).toBeVisible();
  await expect(page).toHaveURL(/\/courses\/new/);
});

test('indication form: an empty diagnosis is refused', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: { artem: { firstName: 'Artem', lastName: 'Kuznetsov', ageDays: 14, sex: 'MALE' } },
  });
  await signIn(page, accounts.doctor);
  await openPatient(page, children.artem);
  await expect(page.getByText('No indications recorded.')).toBeVisible();

  await page.getByRole('link', { name: 'Record indication' }).click();
  await page.getByLabel('Kind').selectOption('PREVENTIVE');
  await page.getByRole('button', { name: 'Save indication' }).click();
  await expect(page.getByLabel('Diagnosis')).toHaveAccessibleDescription('Diagnosis is required.');
  await expect(page.getByLabel('Kind')).toHaveValue('PREVENTIVE');

  await openPatient(page, children.artem);
  await expect(page.getByText('No indications recorded.')).toBeVisible();
});

test('a nonsense page or search in the address shows the patient list, not an error', async ({ page }) => {
  // "Aa…" sorts before every other child the tests register, so she is on the list's first page.
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: { leo: { firstName: 'Leo', lastName: 'Aapetrov', ageDays: 152, sex: 'MALE' } },
  });
  await signIn(page, accounts.doctor);
  const { firstName, lastName } = children.leo;
  // A page past the end shows the last one: searching keeps this child's list to one page.
  for (const address of [
    `/patients?q=${lastName}&page=abc`,
    `/patients?q=${lastName}&page=-3`,
    `/patients?q=${lastName}&page=999`,
    '/patients?page=abc',
    `/patients?q=${'x'.repeat(300)}`,
  ]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(200);
    await expect(
      page.getByRole('list', { name: 'Patients' }).getByRole('link', { name: `${lastName}, ${firstName}` }),
    ).toBeVisible();
  }
});
