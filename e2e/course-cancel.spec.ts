import { expect, test, type Browser, type Page } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { formatDate } from '../lib/i18n/format';
import { arrange, onRunningCourse, signIn, type Account } from './fixtures';

/**
 * A paediatrician cancels a running course. Nora is the test's own child: a daily clinic course
 * with the test's therapist, three of ten sessions done and today's open, the test's parent as
 * guardian.
 */

const today = clinicToday();
const REASON = 'Congenital heart defect found: no massage until cardiology clears it.';
const CONSEQUENCES =
  'Its remaining sessions will not take place and can no longer be recorded, unless the course is reinstated.';

/** How many server actions the page has sent so far (React posts them with a Next-Action header). */
function countActionPosts(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) count += 1;
  });
  return () => count;
}

/** A second signed-in person beside the doctor, in their own browser context. */
async function signedInPage(browser: Browser, baseURL: string | undefined, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test('the doctor cancels a running course with a reason; its sessions leave the therapist’s list and the family sees why', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST', parent: 'PARENT' },
    children: {
      nora: onRunningCourse({
        firstName: 'Nora',
        lastName: 'Cancel',
        location: 'CLINIC',
        therapist: 'therapist',
        guardians: ['parent'],
      }),
    },
  });
  const { fullName: FULL_NAME, coursePath } = children.nora;
  await signIn(page, accounts.doctor);

  // Positive control: while the course runs, today's session is on the therapist's list.
  const therapist = await signedInPage(browser, baseURL, accounts.therapist);
  const todayList = therapist.getByRole('region', { name: /^Today/ });
  await expect(todayList.getByRole('link', { name: FULL_NAME, exact: true })).toBeVisible();
  const sessionPath = await todayList
    .getByRole('link', { name: `Record ${FULL_NAME}'s session`, exact: false })
    .getAttribute('href');
  expect(sessionPath).toMatch(/^\/sessions\/[^/]+$/);

  // The doctor is asked before anything happens; going back, by the safe button or by Escape,
  // sends nothing and puts focus back on the button that asked.
  await page.goto(coursePath);
  const actionPosts = countActionPosts(page);
  const cancelForm = page.getByRole('form', { name: 'Cancel the course' });
  const reason = cancelForm.getByLabel('Reason for cancelling');
  const cancelButton = cancelForm.getByRole('button', { name: 'Cancel course' });
  const question = page.getByRole('dialog', { name: 'Cancel this course?' });
  const keepCourse = question.getByRole('button', { name: 'Keep the course' });
  await reason.fill(REASON);
  await cancelButton.click();
  await expect(question).toHaveAccessibleDescription(CONSEQUENCES);
  await expect(keepCourse).toBeFocused();
  await keepCourse.click();
  await expect(question).toBeHidden();
  await expect(cancelButton).toBeFocused();
  await cancelButton.click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(cancelButton).toBeFocused();
  expect(actionPosts()).toBe(0);
  await page.reload();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  // No reason: refused beside the field before anything is asked, nothing saved.
  await reason.fill('');
  await cancelButton.click();
  await expect(reason).toHaveAccessibleDescription('Reason is required.');
  await expect(question).toBeHidden();
  expect(actionPosts()).toBe(0);
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  // Confirmed with the reason: the form is sent once, and says so while it is on its way (the
  // answer is held back until the button has been seen saying it).
  let release = () => {};
  const answerHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${coursePath}`, async (route) => {
    if (route.request().method() === 'POST') await answerHeld;
    await route.fallback();
  });
  await reason.fill(REASON);
  await cancelButton.click();
  await question.getByRole('button', { name: 'Cancel the course' }).click();
  await expect(question).toBeHidden();
  await expect(cancelForm.getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
  release();

  // The course says it was cancelled, when, by whom and why.
  const note = `Cancelled on ${formatDate(today, 'en-GB')} by ${accounts.doctor.name}. Reason: ${REASON}`;
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
  await expect(cancelForm).toHaveCount(0);
  expect(actionPosts()).toBe(1);
  await page.unrouteAll();
  await expect(page.getByText('None planned: the course was cancelled')).toBeVisible();
  const sessions = page.getByRole('list', { name: 'Sessions' });
  // The three sessions done stay as history; the seven still to come are called off.
  await expect(sessions.getByText('Done', { exact: true })).toHaveCount(3);
  await expect(sessions.getByText('Cancelled', { exact: true })).toHaveCount(7);
  await expect(sessions.getByText('Scheduled', { exact: true })).toHaveCount(0);

  // The patient page's course list says the same.
  await page.getByRole('link', { name: FULL_NAME }).click();
  await expect(page.getByRole('list', { name: 'Courses' }).getByText(note)).toBeVisible();

  // The therapist no longer has its sessions to do, and cannot record one by its address.
  await therapist.reload();
  await expect(therapist.getByRole('heading', { level: 1, name: 'My sessions' })).toBeVisible();
  await expect(therapist.getByText(FULL_NAME)).toHaveCount(0);
  await therapist.goto(sessionPath as string);
  await expect(
    therapist.getByText('This course was cancelled, so its sessions can no longer be recorded.'),
  ).toBeVisible();
  await expect(therapist.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await therapist.context().close();

  // The family sees the course as cancelled, with the reason, and nothing left to do.
  const parent = await signedInPage(browser, baseURL, accounts.parent);
  await expect(parent.getByRole('link', { name: new RegExp(FULL_NAME) })).toContainText('No current course');
  await parent.getByRole('link', { name: new RegExp(FULL_NAME) }).click();
  await expect(parent.getByRole('heading', { name: 'Latest course' })).toBeVisible();
  await expect(parent.getByText(note)).toBeVisible();
  const calendar = parent.getByRole('list', { name: 'Course calendar' });
  await expect(calendar.getByText('✓ Done')).toHaveCount(3);
  await expect(calendar.getByText('Cancelled', { exact: true })).toHaveCount(7);
  await expect(parent.getByText('Not recorded yet')).toHaveCount(0);
  await parent.context().close();
});

test('pressed before the form’s check has loaded, cancelling waits for it: an empty reason is refused, a reason is asked about', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      ada: onRunningCourse({ firstName: 'Ada', lastName: 'Early', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const { coursePath } = children.ada;
  await signIn(page, accounts.doctor);

  // The check (zod and the schema) loads after the page is up, in chunks the page's HTML does not
  // name: each load holds those until `release`. The first one asked for means the form is
  // hydrated and its check is on its way.
  const pageHtml = await (await page.request.get(coursePath)).text();
  let hold = { asked: () => {}, released: Promise.resolve() };
  await page.route('**/_next/static/chunks/**', async (route) => {
    if (!pageHtml.includes(new URL(route.request().url()).pathname)) {
      hold.asked();
      await hold.released;
    }
    await route.fallback();
  });
  /** Loads the course page with its check held back; resolves once the check has been asked for. */
  async function openWithCheckHeld(): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const asked = new Promise<void>((resolve) => (hold = { asked: resolve, released }));
    await page.goto(coursePath);
    await asked;
    return release;
  }
  const actionPosts = countActionPosts(page);
  const cancelForm = page.getByRole('form', { name: 'Cancel the course' });
  const reason = cancelForm.getByLabel('Reason for cancelling');
  const cancelButton = cancelForm.getByRole('button', { name: 'Cancel course' });
  const question = page.getByRole('dialog', { name: 'Cancel this course?' });

  // No reason: nothing is sent or asked while the check loads; once it has, the field says why.
  let release = await openWithCheckHeld();
  await cancelButton.click();
  await expect(reason).not.toHaveAccessibleDescription('Reason is required.');
  release();
  await expect(reason).toHaveAccessibleDescription('Reason is required.');
  await expect(question).toBeHidden();

  // With a reason: the question comes once the check has passed, as when the check was there first.
  release = await openWithCheckHeld();
  await reason.fill(REASON);
  await cancelButton.click();
  await expect(question).toBeHidden();
  release();
  await expect(question).toHaveAccessibleDescription(CONSEQUENCES);
  expect(actionPosts()).toBe(0);
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
});
