import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * At the clinic, the therapist reports that the baby came in unwell: today's session is
 * postponed, the rest of the course moves on from tomorrow and the course keeps its ten
 * sessions. Vera is the test's own child: three of ten clinic sessions done, today's open.
 */

test('the therapist postpones today’s session for a fever; the course moves on and keeps its count', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { therapist: 'THERAPIST' },
    children: {
      vera: onRunningCourse({ firstName: 'Vera', lastName: 'Belova', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const VERA = children.vera.fullName;
  await signIn(page, accounts.therapist);
  const todaySessions = page.getByRole('region', { name: /^Today/ });
  await todaySessions.getByRole('link', { name: `Record ${VERA}'s session` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a session' })).toBeVisible();

  await page.getByRole('radio', { name: /^Not well today/ }).check();
  await expect(page.getByRole('checkbox', { name: /The baby is well today/ })).toBeHidden();
  // An absolute contraindication is the doctor's call: only the temporary ones are offered.
  const conditions = page.getByRole('group', { name: 'What does the baby have today?' });
  await expect(conditions.getByRole('checkbox', { name: 'Fever or high temperature' })).toBeVisible();
  await expect(conditions.getByRole('checkbox', { name: /heart/i })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(conditions).toHaveAccessibleDescription('Tick what the baby has today.');
  await conditions.getByRole('checkbox', { name: 'Fever or high temperature' }).check();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/sessions\?recorded=UNWELL/);
  const confirmation = page.getByRole('status').filter({ hasText: 'Session postponed: not well today.' });
  await expect(confirmation).toContainText(
    /The rest of the course moves on: next session on .+; one session added on .+\./,
  );
  const [resumesOn, makeUpOn] = await confirmation
    .locator('time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  await expect(todaySessions).not.toContainText(VERA);
  // The agenda's day the course resumes on lists Vera's next session.
  await page.goto(`/sessions?view=day&date=${resumesOn}`);
  await expect(
    page.getByRole('region', { name: /^(?!To record)/ }).getByRole('link', { name: VERA, exact: true }),
  ).toBeVisible();

  // The course page: today's session postponed with its reason, the next one on the new date,
  // one session added at the end, and still three of ten done.
  await page.getByRole('link', { name: VERA, exact: true }).first().click();
  await expect(page).toHaveURL(/\/courses\//);
  await expect(page.getByText('3 of 10 done').first()).toBeVisible();
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(sessions).toHaveCount(11);
  const postponed = sessions.filter({ hasText: 'Postponed' });
  await expect(postponed).toHaveCount(1);
  await expect(postponed).toContainText('Not well today: Fever or high temperature');
  const dates = await sessions
    .locator('time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates[4]).toBe(resumesOn);
  expect(dates.at(-1)).toBe(makeUpOn);
  expect([...dates].sort()).toEqual(dates);
  await expect(sessions.last()).toContainText('Make-up');
});
