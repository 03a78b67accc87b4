import { expect, test, type Locator, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * Before a home session the parent confirms the baby is well; fever postpones the session and
 * moves the rest of the course on, keeping its count. Each test has its own Nina: three of ten
 * home sessions done, today's open.
 */

const WELL_TODAY_MESSAGE = 'Confirm that the baby is well today: no fever, infection, rash, stool upset or injury.';

/** Signs in Nina's parent and opens her page. */
async function openNina(page: Page): Promise<Locator> {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      nina: onRunningCourse({ firstName: 'Nina', lastName: 'Orlova', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.parent);
  await page.getByRole('link', { name: children.nina.fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: children.nina.fullName })).toBeVisible();
  return page.getByRole('list', { name: 'Course calendar' });
}

async function datesOf(rows: Locator): Promise<string[]> {
  return rows
    .locator('time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

test('"Mark done" without confirming the baby is well is refused beside the box, and nothing is saved', async ({
  page,
}) => {
  const calendar = await openNina(page);
  await page.getByText('Or record it without the guide').click();
  const form = page.getByRole('form', { name: "Today's session" });
  const wellToday = form.getByRole('checkbox', {
    name: 'The baby is well today (no fever, infection, rash, stool upset or injury)',
  });

  await form.getByLabel('Note', { exact: true }).fill('Calm today.');
  await form.getByRole('button', { name: 'Mark done' }).click();
  await expect(wellToday).toHaveAccessibleDescription(WELL_TODAY_MESSAGE);
  await expect(form.getByText(WELL_TODAY_MESSAGE)).toBeVisible();
  await expect(wellToday).toBeFocused();
  await expect(form.getByLabel('Note', { exact: true })).toHaveValue('Calm today.');

  // Nothing was saved: after a reload the session is still open and the course still at 3.
  await page.reload();
  await expect(page.getByRole('progressbar', { name: '3 of 10 done' })).toBeVisible();
  await expect(calendar.getByText('✓ Done')).toHaveCount(3);
  await page.getByText('Or record it without the guide').click();
  await expect(page.getByRole('form', { name: "Today's session" })).toBeVisible();
});

test('fever postpones today’s session and moves the rest of the course on, still ten sessions (phone screen)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const calendar = await openNina(page);
  const rows = calendar.getByRole('listitem');
  await expect(rows).toHaveCount(10);
  await page.getByText('Or record it without the guide').click();
  const form = page.getByRole('form', { name: "Today's session" });
  const today = await rows
    .filter({ has: page.getByText('Today', { exact: true }) })
    .locator('time[datetime]')
    .getAttribute('datetime');
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const datesBefore = await datesOf(rows);

  await form.getByRole('radio', { name: /^Baby is not well today/ }).check();
  await expect(form.getByRole('checkbox', { name: /The baby is well today/ })).toBeHidden();
  // Choosing nothing is refused beside the list.
  await form.getByRole('button', { name: 'Postpone the session' }).click();
  await expect(form.getByRole('group', { name: 'What does the baby have today?' })).toHaveAccessibleDescription(
    'Tick what the baby has today.',
  );
  await form.getByRole('checkbox', { name: 'Fever or high temperature' }).check();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await form.getByRole('button', { name: 'Postpone the session' }).click();

  // The confirmation: postponed, the next session and the added one, with their dates.
  const confirmation = page.getByRole('status').filter({ hasText: 'Session postponed: not well today.' });
  await expect(confirmation).toContainText(
    /The rest of the course moves on: next session on .+; one session added on .+\./,
  );
  const [resumesOn, makeUpOn] = await confirmation
    .locator('time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(resumesOn && resumesOn > (today as string)).toBe(true);
  expect(makeUpOn && makeUpOn > (resumesOn as string)).toBe(true);

  // The calendar: today's session postponed with its reason, the next one later, one more at the end.
  await expect(rows).toHaveCount(11);
  const postponed = rows.filter({ hasText: 'Postponed' });
  await expect(postponed).toHaveCount(1);
  await expect(postponed).toContainText('Reason: Not well today: Fever or high temperature');
  await expect(postponed.locator('time')).toHaveAttribute('datetime', today as string);
  const toCome = rows.filter({ hasText: 'To come' });
  await expect(toCome.first().locator('time')).toHaveAttribute('datetime', resumesOn as string);
  await expect(rows.last().locator('time')).toHaveAttribute('datetime', makeUpOn as string);
  await expect(rows.last()).toContainText('Make-up');
  // The done sessions and today's keep their dates; the rest follow in order after today.
  const datesAfter = await datesOf(rows);
  expect(datesAfter.slice(0, 4)).toEqual(datesBefore.slice(0, 4));
  expect(datesAfter.slice(4).every((date) => date > (today as string))).toBe(true);
  expect([...datesAfter].sort()).toEqual(datesAfter);

  // The course keeps its count: still 3 of 10 done, and nothing left to tick today.
  await expect(page.getByRole('progressbar', { name: '3 of 10 done' })).toBeVisible();
  await expect(confirmation).toContainText('Progress: 3 of 10 done.');
  await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
});
