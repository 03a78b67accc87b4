import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn, type ChildSpec } from './fixtures';

/** Sofia: a home course of ten with the parent's notes, three done and today's to tick. */
function sofia(): ChildSpec {
  const child = onRunningCourse({ firstName: 'Sofia', lastName: 'Ivanova', location: 'HOME', guardians: ['parent'] });
  return {
    ...child,
    course: child.course && {
      ...child.course,
      homeRoutineNotes: 'Warm room, before the morning feed. Stop if she cries.',
    },
  };
}

test("a parent follows Sofia's home course and ticks today's session", async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      sofia: sofia(),
      mia: { firstName: 'Mia', lastName: 'Sokolova', ageDays: 275, sex: 'FEMALE', guardians: ['parent'] },
    },
  });
  await signIn(page, accounts.parent);
  await expect(page).toHaveURL(/\/children$/);
  await expect(page.getByRole('link', { name: children.mia.fullName })).toBeVisible();
  await page.getByRole('link', { name: children.sofia.fullName }).click();

  await expect(page.getByRole('heading', { level: 1, name: children.sofia.fullName })).toBeVisible();
  await expect(page.getByText('About this course')).toBeVisible();

  // The calendar: ten home sessions, three done, today's to tick.
  const calendar = page.getByRole('list', { name: 'Course calendar' });
  await expect(calendar.getByRole('listitem')).toHaveCount(10);
  await expect(calendar.getByText('Home', { exact: true })).toHaveCount(10);
  await expect(calendar.getByText('✓ Done')).toHaveCount(3);
  await expect(page.getByRole('progressbar', { name: '3 of 10 done' })).toBeVisible();

  // Each day's planned minutes: 5 at first, a minute more each session, up to the course's 10.
  await expect(calendar.getByRole('listitem').first()).toContainText('5 min');
  await expect(calendar.getByRole('listitem').nth(3)).toContainText('8 min');
  await expect(calendar.getByRole('listitem').last()).toContainText('10 min');
  // The home routine, folded under its summary, is fitted to today's minutes.
  await expect(page.getByText(/^\d+ steps, about 8 min \(today's session\)/)).toBeVisible();
  await page.getByRole('heading', { name: 'Home routine' }).click();
  await expect(page.getByText("Today's session: 8 min planned.")).toBeVisible();

  // The home routine notes and the rules every parent must see.
  await expect(page.getByText('Warm room, before the morning feed. Stop if she cries.')).toBeVisible();
  await page.getByRole('heading', { name: 'Safety rules', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Timing and safety rules' })).toBeVisible();
  await expect(page.getByText(/40 minutes to 1 hour after one/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Never massage these areas' })).toBeVisible();
  await expect(page.getByText('Fontanelle', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Warning signs/ })).toBeVisible();
  await expect(page.getByText(/Fever, or the baby seems unwell/)).toBeVisible();

  // Massage only when the baby is well: said plainly, with the conditions.
  await expect(page.getByRole('heading', { name: 'No massage when the baby is unwell' })).toBeVisible();

  // Only today's home session can be ticked, the guide first, the form folded under it.
  await expect(page.getByRole('link', { name: 'Start today’s massage, step by step' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
  await page.getByText('Or record it without the guide').click();
  const tick = page.getByRole('form', { name: "Today's session" });
  await expect(page.getByRole('main').getByRole('form')).toHaveCount(1);
  await expect(tick.getByRole('radio', { name: /^Done/ })).toBeChecked();

  // A wrong number is caught before anything is sent, and the note typed is kept.
  await tick.getByRole('radio', { name: 'Fussy' }).check();
  await tick.getByLabel('Note', { exact: true }).fill('Loved the leg strokes, fussed at the tummy.');
  await tick.getByLabel('Minutes (optional)').fill('90');
  await tick.getByRole('checkbox', { name: /The baby is well today/ }).check();
  await tick.getByRole('button', { name: 'Mark done' }).click();
  await expect(tick.getByText('Minutes must be at most 45.')).toBeVisible();
  await expect(tick.getByLabel('Note', { exact: true })).toHaveValue('Loved the leg strokes, fussed at the tummy.');
  await expect(tick.getByRole('checkbox', { name: /The baby is well today/ })).toBeChecked();
  await tick.getByLabel('Minutes (optional)').fill('');
  await tick.getByRole('button', { name: 'Mark done' }).click();

  await expect(page.getByText('Session marked done. Thank you!')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '4 of 10 done' })).toBeVisible();
  await expect(calendar.getByText('✓ Done')).toHaveCount(4);
  await expect(calendar.getByText('Loved the leg strokes, fussed at the tummy.')).toBeVisible();
  await expect(calendar.getByText('How it went: Fussy')).toBeVisible();
  await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
});

test('the shared view fits a phone screen', async ({ page }) => {
  const { accounts, children } = await arrange({ accounts: { parent: 'PARENT' }, children: { sofia: sofia() } });
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, accounts.parent);
  await page.getByRole('link', { name: children.sofia.fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: children.sofia.fullName })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
