import { expect, test, type Locator, type Page } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { addDays } from '../lib/domain/calendar-date';
import { arrange, onRunningCourse, signIn, type Child } from './fixtures';

/**
 * What a therapeutic condition rules out, from the doctor's form to the stored course: a
 * hip-dysplasia course loads no hips, a rickets course has no percussion, torticollis is never a
 * home course, and a rash postpones the start. Each test registers its own baby.
 */

const today = clinicToday();

type Indication = { diagnosis: string; ageDays: number };

/** A doctor and a therapist, and a baby with a therapeutic indication; opens the prescribe form. */
async function openPrescribeForm(page: Page, { diagnosis, ageDays }: Indication): Promise<Child> {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      baby: {
        firstName: 'Lena',
        lastName: 'Condition',
        ageDays,
        sex: 'FEMALE',
        indication: { kind: 'THERAPEUTIC', diagnosis, diagnosedDaysAgo: 1 },
      },
    },
  });
  const baby = children.baby;
  await signIn(page, accounts.doctor);
  await page.goto(`/patients/${baby.patientId}/courses/new?indication=${baby.indicationId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Prescribe course' })).toBeVisible();
  await page.getByLabel('Therapist').selectOption({ label: accounts.therapist.name });
  // The first of the therapist's free times (the select is enabled once they are loaded).
  await page.getByLabel('Start time').selectOption({ index: 1 });
  await page.getByLabel('I screened the child for every item of this checklist').check();
  return baby;
}

/** "Legs, feet and hips · Stroking" for every step of a routine list, in order. */
function stepTitles(list: Locator): Promise<string[]> {
  return list
    .locator('[data-step-title]')
    .evaluateAll((titles) => titles.map((title) => (title.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

async function prescribe(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
}

test('a hip-dysplasia course proposes and stores no exercise that loads the hips, and says what it left out', async ({
  page,
}) => {
  await openPrescribeForm(page, { diagnosis: 'Hip dysplasia, left', ageDays: 200 });
  const editor = page.getByRole('list', { name: 'Routine steps' });
  await expect.poll(async () => (await stepTitles(editor)).length).toBeGreaterThan(8);
  await expect(editor).not.toContainText('Walking with support');
  await expect(editor).not.toContainText('Crawling');
  await expect(editor).toContainText('Stroke the buttocks from the hips towards the tailbone.');

  const leftOut = page.getByRole('list', { name: 'Steps left out' });
  await expect(leftOut).toContainText('Walking with support');
  await expect(leftOut).toContainText('not for Hip dysplasia: no exercise or position that loads');

  await prescribe(page);
  const routine = page.getByRole('list', { name: 'Session routine' });
  await expect(routine).toContainText('Stroke the buttocks');
  await expect(routine).not.toContainText('Walking with support');
  await expect(routine).not.toContainText('Crawling');
});

test('a rickets course keeps to stroking and rubbing: no tapping, vibration, sawing or kneading', async ({ page }) => {
  await openPrescribeForm(page, { diagnosis: 'Rickets', ageDays: 220 });
  const editor = page.getByRole('list', { name: 'Routine steps' });
  await expect.poll(async () => (await stepTitles(editor)).length).toBeGreaterThan(4);
  const techniques = (titles: string[]) => new Set(titles.map((title) => title.split(' · ')[1]));
  expect(techniques(await stepTitles(editor))).toEqual(new Set(['Stroking', 'Rubbing']));
  await expect(page.getByRole('list', { name: 'Steps left out' })).toContainText('not for Rickets');

  await prescribe(page);
  const saved = await stepTitles(page.getByRole('list', { name: 'Session routine' }));
  expect(saved.length).toBeGreaterThan(4);
  expect(techniques(saved)).toEqual(new Set(['Stroking', 'Rubbing']));
});

test('a torticollis course is refused for home, with the reason beside the location; at the clinic it goes ahead', async ({
  page,
}) => {
  const baby = await openPrescribeForm(page, { diagnosis: 'Congenital torticollis', ageDays: 150 });
  const location = page.getByLabel('Location');
  await location.selectOption('HOME');
  const reason =
    /Torticollis \(wry neck\): clinic sessions only, not at home: neck work is prescribed by a neurologist/;
  await expect(location).toHaveAccessibleDescription(reason);

  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page.getByText('This course cannot be prescribed as it is.')).toBeVisible();
  await expect(page.getByLabel('Location')).toHaveAccessibleDescription(reason);
  await expect(page).toHaveURL(/\/courses\/new/);
  await page.goto(`/patients/${baby.patientId}`);
  await expect(page.getByText('No courses yet.')).toBeVisible();

  await page.goto(`/patients/${baby.patientId}/courses/new?indication=${baby.indicationId}`);
  await page.getByLabel('Therapist').selectOption({ index: 1 });
  await page.getByLabel('Start time').selectOption({ index: 1 });
  await page.getByLabel('I screened the child for every item of this checklist').check();
  await expect(page.getByLabel('Location')).toHaveValue('CLINIC');
  await prescribe(page);
  await expect(page.getByRole('list', { name: 'Session routine' })).toContainText('back of the head');
});

test('a rash postpones the start instead of leaving one area out; a later start is saved', async ({ page }) => {
  await openPrescribeForm(page, { diagnosis: 'Muscle hypertonia', ageDays: 130 });
  const editor = page.getByRole('list', { name: 'Routine steps' });
  const backSteps = async () =>
    (await stepTitles(editor)).filter((title) => title.startsWith('Back and buttocks')).length;
  await expect.poll(backSteps).toBeGreaterThan(0);

  await page.getByLabel('Rash, inflammatory skin lesion or dermatitis (anywhere on the body)').check();
  await expect(page.locator('#screening-verdict')).toContainText('Cannot start today:');
  await expect(page.locator('#screening-verdict')).not.toContainText('Left out:');
  await expect.poll(backSteps).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Prescribe course' }).click();
  const startDate = page.getByLabel('Start date');
  await expect(startDate).toHaveAccessibleDescription(
    'Rash, inflammatory skin lesion or dermatitis (anywhere on the body): choose a start date after recovery, not today.',
  );
  await expect(page).toHaveURL(/\/courses\/new/);

  const later = addDays(today, 5);
  await startDate.fill(later);
  // The times offered follow the start date: the one chosen for today may be taken on the new day.
  const startTime = page.getByLabel('Start time');
  await expect(startTime).toBeEnabled();
  await startTime.selectOption({ index: 1 });
  await prescribe(page);
  await expect(page.getByRole('list', { name: 'Sessions' }).locator('time').first()).toHaveAttribute('datetime', later);
  await expect(page.getByRole('term').filter({ hasText: 'Start postponed for' })).toBeVisible();
});

test('a parent sees a clinic course as clinic sessions, not as a home routine', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT', therapist: 'THERAPIST' },
    children: {
      tom: onRunningCourse({
        firstName: 'Tom',
        lastName: 'Clinic',
        location: 'CLINIC',
        therapist: 'therapist',
        guardians: ['parent'],
      }),
    },
  });
  await signIn(page, accounts.parent);
  await page.goto(`/children/${children.tom.patientId}`);
  await expect(page.getByRole('heading', { name: 'Sessions at the clinic' })).toBeVisible();
  await expect(page.getByText('There is no massage routine for you to do at home.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Home routine' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Course calendar' }).getByText('Clinic', { exact: true })).toHaveCount(
    10,
  );
});
