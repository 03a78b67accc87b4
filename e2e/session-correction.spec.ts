import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * The therapist who recorded a session corrects it: it was recorded done, but the baby did not
 * come. Ida is the test's own child: a daily clinic course of ten, three sessions done by the
 * test's therapist, today's open.
 */

const REASON = 'Recorded done by mistake: the family called off that morning.';

test('the therapist corrects a session recorded done to missed; the course gains a make-up and the history shows what it was', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      ida: onRunningCourse({ firstName: 'Ida', lastName: 'Correct', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const { coursePath, fullName } = children.ida;
  await signIn(page, accounts.therapist);
  await page.goto(coursePath);
  const sessions = page.getByRole('list', { name: 'Sessions' });
  // Each session's own item; a corrected one holds a list of its corrections inside it.
  const sessionItems = sessions.locator(':scope > li');
  await expect(sessionItems).toHaveCount(10);
  await sessions.getByRole('link', { name: 'Correct session 3' }).click();

  await expect(page.getByRole('heading', { name: 'Correct a session' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Correct the session' });
  await form.getByRole('radio', { name: 'Missed' }).check();

  // Without a reason nothing is saved: the field says why.
  await form.getByRole('button', { name: 'Save the correction' }).click();
  const question = page.getByRole('dialog', { name: 'Save this correction?' });
  await expect(question).toHaveAccessibleDescription(
    "The session no longer counts as done: a make-up session is added at the end of the course. What was recorded before stays in the session's history.",
  );
  await question.getByRole('button', { name: 'Save the correction' }).click();
  await expect(form.getByText('Reason for the correction is required.')).toBeVisible();

  await form.getByLabel('Reason for the correction').fill(REASON);
  await form.getByRole('button', { name: 'Save the correction' }).click();
  await question.getByRole('button', { name: 'Save the correction' }).click();
  await expect(form.getByText(/^Correction saved\. A make-up session was added on \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();

  // The history keeps what it said before, who changed it and why.
  const history = page.getByRole('list', { name: 'Corrections' });
  await expect(history).toContainText('Before: Done');
  await expect(history).toContainText(REASON);

  // The course keeps its count: session 3 is missed and an eleventh session makes it up.
  await page.goto(coursePath);
  await expect(sessionItems).toHaveCount(11);
  const third = sessionItems.nth(2);
  await expect(third).toContainText('Missed');
  await expect(third.getByRole('list', { name: 'Corrections' })).toContainText(REASON);
  await expect(sessionItems.last()).toContainText('Make-up');

  // The doctor finds the correction on the review page.
  const doctorContext = await browser.newContext({ baseURL });
  const doctor = await doctorContext.newPage();
  await signIn(doctor, accounts.doctor);
  await doctor.goto('/review');
  const corrections = doctor.getByRole('list', { name: 'Corrections' });
  await expect(corrections.getByRole('link', { name: `${fullName}: Session (was done)` })).toBeVisible();
  await expect(corrections).toContainText(REASON);
  await doctorContext.close();
});

test('a choice ticked before the page has hydrated is the one the form shows and confirms once it has', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      eva: onRunningCourse({ firstName: 'Eva', lastName: 'Hydrate', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  await signIn(page, accounts.therapist);
  await page.goto(children.eva.coursePath);
  const correctPath = await page
    .getByRole('list', { name: 'Sessions' })
    .getByRole('link', { name: 'Correct session 3' })
    .getAttribute('href');

  // The page's scripts are held back: the form is there and can be ticked, but no script runs yet,
  // as on a slow phone or a page that fell back to a full load.
  let releaseScripts = () => {};
  const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await scriptsReleased;
    await route.continue();
  });
  await page.goto(correctPath ?? '', { waitUntil: 'domcontentloaded' });
  const form = page.getByRole('form', { name: 'Correct the session' });
  await form.getByRole('radio', { name: 'Missed' }).check();
  const minutes = form.getByLabel('Minutes');
  // Still the page as the server drew it, for a session recorded done.
  await expect(minutes).toBeVisible();

  releaseScripts();
  // Hydrated: the form follows the tick it did not see happen.
  await expect(minutes).toBeHidden();
  await form.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.getByRole('dialog', { name: 'Save this correction?' })).toHaveAccessibleDescription(
    "The session no longer counts as done: a make-up session is added at the end of the course. What was recorded before stays in the session's history.",
  );
});
