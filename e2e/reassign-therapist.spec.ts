import { expect, test, type Browser, type Page } from '@playwright/test';
import { arrange, onRunningCourse, openAccountsMatching, signIn, uniqueSuffix } from './fixtures';

/**
 * The doctor hands a running clinic course to another therapist. Mila is the test's own child:
 * a daily clinic course with the test's therapist, three of ten sessions done and today's open.
 * The second therapist is a throwaway account the admin adds through the form.
 */

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test('the doctor hands a course to another therapist; its sessions to come move from one agenda to the other', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { admin: 'ADMIN', doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      mila: onRunningCourse({ firstName: 'Mila', lastName: 'Reassign', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const { fullName: CHILD, coursePath } = children.mila;
  const DOCTOR = accounts.doctor.name;
  const OLD_THERAPIST = accounts.therapist.name;
  const suffix = uniqueSuffix();
  const NEW_THERAPIST = {
    name: `Throwaway Therapist ${suffix}`,
    email: `therapist.${suffix}@clinic.test`,
    password: 'therapist-pass-1',
  };

  // The admin adds the second therapist.
  const admin = await newPage(browser, baseURL);
  await signIn(admin, accounts.admin);
  await admin.goto('/admin/users');
  await admin.getByLabel('Name', { exact: true }).fill(NEW_THERAPIST.name);
  await admin.getByLabel('Email', { exact: true }).fill(NEW_THERAPIST.email);
  await admin.getByLabel('Role', { exact: true }).selectOption('THERAPIST');
  await admin.getByLabel('Initial password').fill(NEW_THERAPIST.password);
  await admin.getByRole('button', { name: 'Add account' }).click();
  await expect(admin.getByText(`Account added for ${NEW_THERAPIST.name} (${NEW_THERAPIST.email}).`)).toBeVisible();

  // Positive control: today's session is on the demo therapist's list, and theirs to record.
  const oldTherapist = await newPage(browser, baseURL);
  await signIn(oldTherapist, accounts.therapist);
  const oldToday = oldTherapist.getByRole('region', { name: /^Today/ });
  await expect(oldToday.getByRole('link', { name: CHILD, exact: true })).toBeVisible();
  const sessionPath = await oldToday.getByRole('link', { name: `Record ${CHILD}'s session` }).getAttribute('href');
  expect(sessionPath).toMatch(/^\/sessions\/[^/]+$/);

  // The doctor sees the current therapist preselected and marked; choosing them again is refused beside the field.
  await signIn(page, accounts.doctor);
  await page.goto(coursePath);
  // No hand-over yet, so no history is shown.
  const history = page.getByRole('list', { name: 'Therapist changes' });
  await expect(page.getByRole('heading', { name: 'Sessions', exact: true })).toBeVisible();
  await expect(history).toHaveCount(0);
  const form = page.getByRole('form', { name: 'Change the therapist' });
  const therapist = form.getByLabel('Therapist');
  await expect(therapist.locator('option:checked')).toHaveText(`${OLD_THERAPIST} (current)`);
  await form.getByRole('button', { name: 'Change therapist' }).click();
  await expect(therapist).toHaveAccessibleDescription('This therapist already has the course: choose another one.');

  await therapist.selectOption({ label: NEW_THERAPIST.name });
  await form.getByRole('button', { name: 'Change therapist' }).click();
  await expect(
    form.getByText(`${NEW_THERAPIST.name} now has this course: the sessions still to come are theirs to record.`),
  ).toBeVisible();
  await expect(therapist.locator('option:checked')).toHaveText(`${NEW_THERAPIST.name} (current)`);
  await expect(page.getByRole('definition').filter({ hasText: NEW_THERAPIST.name })).toBeVisible();
  // The hand-over is kept: from whom to whom, by whom, when (in the reader's en-GB locale).
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem').first()).toContainText(`${OLD_THERAPIST} → ${NEW_THERAPIST.name}`);
  await expect(history.getByRole('listitem').first()).toContainText(`by ${DOCTOR},`);
  await expect(history.locator('time').first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);

  // The demo therapist no longer has the course: not on the list, not by its address, not its session.
  await oldTherapist.reload();
  await expect(oldTherapist.getByRole('heading', { level: 1, name: 'My sessions' })).toBeVisible();
  await expect(oldTherapist.getByText(CHILD)).toHaveCount(0);
  for (const path of [coursePath, sessionPath as string]) {
    await oldTherapist.goto(path);
    await expect(oldTherapist.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  await oldTherapist.context().close();

  // The new therapist signs in with the account the admin made, finds today's session and records it.
  const newTherapist = await newPage(browser, baseURL);
  await signIn(newTherapist, NEW_THERAPIST);
  await expect(newTherapist).toHaveURL(/\/sessions$/);
  await newTherapist
    .getByRole('region', { name: /^Today/ })
    .getByRole('link', { name: `Record ${CHILD}'s session` })
    .click();
  await expect(newTherapist).toHaveURL(new RegExp(`${sessionPath}$`));
  await newTherapist.getByRole('checkbox', { name: /The baby is well today/ }).check();
  await newTherapist.getByRole('button', { name: 'Save' }).click();
  await expect(newTherapist.getByText('Session marked done.')).toBeVisible();
  // The therapist who has the course now reads its history too.
  await newTherapist.goto(coursePath);
  await expect(newTherapist.getByRole('list', { name: 'Therapist changes' }).getByRole('listitem')).toHaveText([
    new RegExp(`${OLD_THERAPIST} → ${NEW_THERAPIST.name}\\s*by ${DOCTOR},`),
  ]);
  await newTherapist.context().close();

  // The course keeps who recorded what: three sessions by the demo therapist, today's by the new one.
  await page.reload();
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByText(`Recorded by ${OLD_THERAPIST}`)).toHaveCount(3);
  await expect(sessions.getByText(`Recorded by ${NEW_THERAPIST.name}`)).toHaveCount(1);

  // The admin deactivates the new therapist: their list says a course is still assigned to them.
  await openAccountsMatching(admin, NEW_THERAPIST.email);
  const row = admin
    .getByRole('list', { name: 'Massage therapists' })
    .getByRole('listitem')
    .filter({ hasText: NEW_THERAPIST.email });
  await row.getByRole('button', { name: `Deactivate ${NEW_THERAPIST.name}` }).click();
  await admin
    .getByRole('dialog', { name: `Deactivate ${NEW_THERAPIST.name}?` })
    .getByRole('button', { name: 'Deactivate the account' })
    .click();
  await expect(row.getByText('Deactivated', { exact: true })).toBeVisible();
  const stillAssigned = row.getByText(/^Still assigned to 1 active course:/);
  await expect(stillAssigned).toBeVisible();
  await expect(
    row.getByRole('list', { name: 'Courses to hand over' }).getByRole('link', { name: CHILD }),
  ).toHaveAttribute('href', coursePath);

  // The doctor is told at the top of the course page, and must pick someone active.
  await page.reload();
  await expect(
    page.getByText(
      `${NEW_THERAPIST.name}'s account is deactivated: choose another therapist so the sessions are recorded.`,
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('definition').filter({ hasText: `${NEW_THERAPIST.name} (account deactivated)` }),
  ).toBeVisible();
  await expect(therapist.locator('option:checked')).toHaveText('Choose a therapist');
  await expect(therapist.getByRole('option', { name: NEW_THERAPIST.name })).toHaveCount(0);
  await form.getByRole('button', { name: 'Change therapist' }).click();
  await expect(therapist).toHaveAccessibleDescription('Choose a therapist.');

  await therapist.selectOption({ label: OLD_THERAPIST });
  await form.getByRole('button', { name: 'Change therapist' }).click();
  await expect(
    form.getByText(`${OLD_THERAPIST} now has this course: the sessions still to come are theirs to record.`),
  ).toBeVisible();
  await expect(page.getByText(/account is deactivated: choose another therapist/)).toHaveCount(0);
  // Both hand-overs, newest first; the list fits a phone's width.
  await expect(history.getByRole('listitem')).toHaveText([
    new RegExp(`${NEW_THERAPIST.name} → ${OLD_THERAPIST}\\s*by ${DOCTOR},`),
    new RegExp(`${OLD_THERAPIST} → ${NEW_THERAPIST.name}\\s*by ${DOCTOR},`),
  ]);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(history).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );

  await admin.reload();
  await expect(row.getByText('Deactivated', { exact: true })).toBeVisible();
  await expect(stillAssigned).toHaveCount(0);
  await admin.context().close();
});
