import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn, uniqueSuffix } from './fixtures';

/**
 * The clinic settings (admin only), the rule book (staff only) and the list of children due for a
 * course (doctors only).
 */

const COURSE_LENGTH = 'Sessions in a course';
const WARNING_AGE = 'Age below which starting needs a warning';

function changesTable(page: Page) {
  return page.getByRole('table', { name: /Changes to the clinic settings/ });
}

test.describe('clinic settings', () => {
  // The clinic has one set of settings: its two tests run one after the other, never side by side.
  test.describe.configure({ mode: 'default' });

  async function saveWarningAge(page: Page, days: number): Promise<void> {
    await page.goto('/admin/settings');
    await page.getByLabel(WARNING_AGE).fill(String(days));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^(Saved\.|Nothing to save)/)).toBeVisible();
    await expect(page.getByLabel(WARNING_AGE)).toHaveValue(String(days));
  }

  // The tests running beside this one prescribe with the clinic's defaults (ten sessions, a break
  // of 60 days, at most 15 minutes at 2–6 months) but none for a baby under six weeks: the warning
  // age is the setting this test can change without changing what they see. It puts it back.
  test('the admin changes the age that needs a warning, sees it saved and the change listed with their name', async ({
    page,
  }) => {
    const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
    await signIn(page, accounts.admin);
    await page.goto('/admin/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Clinic settings' })).toBeVisible();
    const field = page.getByLabel(WARNING_AGE);
    await expect(field).toHaveValue('42');
    // What the sources say is shown with each field.
    await expect(page.getByText('Sources allow 10–25 sessions')).toBeVisible();
    await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveValue('10');

    try {
      await field.fill('45');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText(`Saved. ${WARNING_AGE}: 45 days.`)).toBeVisible();

      await page.reload();
      await expect(page.getByLabel(WARNING_AGE)).toHaveValue('45');
      const latest = changesTable(page).getByRole('row').nth(1);
      await expect(latest).toContainText(accounts.admin.name);
      await expect(latest).toContainText(WARNING_AGE);
      await expect(latest).toContainText('42 → 45 days');

      // The rule book is served from a cache: the change must reach it at once.
      await page.goto('/guidelines?chapter=starting');
      await expect(page.getByText('Warning under 45 days (6 weeks)')).toBeVisible();
    } finally {
      await saveWarningAge(page, 42);
    }
    await expect(changesTable(page).getByRole('row').nth(1)).toContainText('45 → 42 days');
    await page.goto('/guidelines?chapter=starting');
    await expect(page.getByText('Warning under 42 days (6 weeks)')).toBeVisible();
  });

  test('invalid settings show a message beside the field and nothing is saved', async ({ page }) => {
    const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
    await signIn(page, accounts.admin);
    await page.goto('/admin/settings');
    // allTextContents does not wait: let the streamed page arrive before reading the change log.
    await expect(page.getByRole('heading', { level: 1, name: 'Clinic settings' })).toBeVisible();
    const changesBefore = await changesTable(page).getByRole('row').allTextContents();

    const minimumAge = page.getByLabel('Minimum age to start a course');
    const warningAge = page.getByLabel(WARNING_AGE);
    const courseLength = page.getByLabel(COURSE_LENGTH, { exact: true });
    await minimumAge.fill('60');
    await warningAge.fill('45');
    await courseLength.fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();

    await expect(warningAge).toHaveAttribute('aria-invalid', 'true');
    // The first field to fix takes the focus.
    await expect(warningAge).toBeFocused();
    await expect(warningAge).toHaveAccessibleDescription(
      /The warning age \(45 days\) cannot be below the minimum age \(60 days\)\./,
    );
    await expect(courseLength).toHaveAttribute('aria-invalid', 'true');
    await expect(courseLength).toHaveAccessibleDescription(/Sessions in a course must be between 10 and 25 sessions/);
    // The minimum age is valid on its own: the conflict is reported once, beside the warning age.
    await expect(minimumAge).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Minimum age to start a course')).toHaveValue('21');
    await expect(page.getByLabel(WARNING_AGE)).toHaveValue('42');
    await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveValue('10');
    await expect(changesTable(page).getByRole('row')).toHaveText(changesBefore);
  });

  // Issue 9: the handout told families to call the clinic and gave no number.
  test("the admin sets the clinic's contact, validated, and a clinic course's family sees it", async ({ browser }) => {
    const { accounts, children } = await arrange({
      accounts: { admin: 'ADMIN', therapist: 'THERAPIST', parent: 'PARENT' },
      children: {
        tom: onRunningCourse({
          firstName: 'Tom',
          lastName: 'Contact',
          location: 'CLINIC',
          therapist: 'therapist',
          guardians: ['parent'],
        }),
      },
    });
    const name = `Riverside Children's Clinic ${uniqueSuffix()}`;
    const admin = await browser.newPage();
    await signIn(admin, accounts.admin);
    await admin.goto('/admin/settings');
    const form = admin.getByRole('form', { name: 'Clinic contact' });
    await form.getByLabel('Clinic name').fill(name);
    await form.getByLabel('Address').fill('12 River Road, London');
    await form.getByLabel('Phone').fill('call us');
    await form.getByRole('button', { name: 'Save the clinic contact' }).click();
    await expect(form.getByText(/^Phone must be a number to dial/)).toBeVisible();
    await form.getByLabel('Phone').fill('+44 20 7946 0000');
    await form.getByRole('button', { name: 'Save the clinic contact' }).click();
    await expect(form.getByText(/^(Saved: |Nothing to save)/)).toBeVisible();
    await admin.close();

    const parent = await browser.newPage();
    await signIn(parent, accounts.parent);
    await parent.goto(`/children/${children.tom.patientId}`);
    await expect(parent.getByText('There is no massage routine for you to do at home.')).toBeVisible();
    await expect(parent.getByText(name).first()).toBeVisible();
    await expect(parent.getByRole('link', { name: '+44 20 7946 0000' }).first()).toHaveAttribute(
      'href',
      'tel:+442079460000',
    );
    await parent.close();
  });
});

test('a therapist can read the guidelines, with the source of each rule', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { therapist: 'THERAPIST' } });
  await signIn(page, accounts.therapist);
  await page.goto('/guidelines');
  await expect(page.getByRole('heading', { level: 1, name: 'Guidelines' })).toBeVisible();

  // A chapter a page: the first opens, the others are a link away.
  const chapters = page.getByRole('navigation', { name: 'Chapters' });
  await expect(chapters.getByText('Sources')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: 'Contraindications' })).toHaveCount(0);

  await chapters.getByRole('link', { name: 'Contraindications' }).click();
  await expect(page).toHaveURL(/\/guidelines\?chapter=contraindications$/);
  await expect(page).toHaveTitle(/^Contraindications · Guidelines/);
  const contraindications = page.getByRole('region', { name: 'Contraindications' });
  await expect(contraindications.getByRole('heading', { level: 2, name: 'Contraindications' })).toBeVisible();
  await expect(contraindications.getByText('Congenital heart defect or heart disease')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Previous and next chapter' })
    .getByRole('link', { name: 'Next: Areas never massaged' })
    .click();
  await expect(page.getByRole('region', { name: 'Areas never massaged' })).toBeVisible();
  await page.goBack();

  // Each source leads to the list of sources.
  await contraindications.getByRole('link', { name: 'When to massage a baby. We massage the newborn' }).first().click();
  await expect(page).toHaveURL(/\/guidelines\?chapter=sources#source-001$/);
  await expect(
    page.getByRole('region', { name: 'Sources' }).getByText('When to massage a baby. We massage the newborn'),
  ).toBeVisible();

  // The whole book on one page, for print.
  await page.getByRole('link', { name: 'All chapters on one page, to print' }).click();
  await expect(page.getByRole('region', { name: 'Therapeutic conditions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
});

test('a parent gets the not-found page for the guidelines and the clinic settings', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { parent: 'PARENT' } });
  await signIn(page, accounts.parent);
  for (const path of ['/guidelines', '/admin/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Contraindications' })).toHaveCount(0);
    await expect(page.getByLabel(COURSE_LENGTH, { exact: true })).toHaveCount(0);
  }
});

test('a therapist gets the not-found page for the clinic settings and the due list', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { therapist: 'THERAPIST' } });
  await signIn(page, accounts.therapist);
  for (const path of ['/admin/settings', '/due']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('the doctor sees Mia coming up for her next course, linked to her page', async ({ page }) => {
  // A 9-month-old whose course of ten ended about a month ago, with a 60-day break.
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      mia: {
        firstName: 'Mia',
        lastName: 'Sokolova',
        ageDays: 275,
        sex: 'FEMALE',
        indication: {
          kind: 'CORRECTIVE',
          diagnosis: 'Hip dysplasia after treatment: consolidate results',
          icd10Code: 'Q65.8',
          diagnosedDaysAgo: 45,
        },
        course: {
          location: 'CLINIC',
          therapist: 'therapist',
          frequency: 'DAILY',
          restDays: 1,
          sessionCount: 10,
          startDaysAgo: 40,
          minutesPerSession: 15,
          homeRoutineNotes: '',
          breakAfterDays: 60,
          done: 10,
          recordedBy: 'therapist',
        },
      },
    },
  });
  await signIn(page, accounts.doctor);
  await page.goto('/due');
  await expect(page.getByRole('heading', { level: 1, name: 'Due for a course' })).toBeVisible();
  // Her date is ahead: she is under "Coming up", the list's second view.
  await page
    .getByRole('navigation', { name: 'Due or coming up' })
    .getByRole('link', { name: /^Coming up/ })
    .click();
  await expect(page).toHaveURL(/show=upcoming/);

  const mia = page
    .getByRole('list', { name: 'Coming up' })
    .getByRole('link', { name: `${children.mia.lastName}, Mia` });
  await expect(mia).toBeVisible();
  // The course ended about a month ago with a 60-day break: a date about a month ahead.
  await expect(mia).toContainText(/\d{1,2} [A-Z][a-z]{2,3} \d{4}/);
  await expect(mia).toContainText(/in \d+ days/);
  await expect(mia).toContainText('Hip dysplasia after treatment');
  await mia.click();
  await expect(page).toHaveURL(/\/patients\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: children.mia.fullName })).toBeVisible();
});
