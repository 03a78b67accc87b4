import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn, type ChildSpec } from './fixtures';

// The parent's page as a phone shows it (issue 9).
test.use({ viewport: { width: 390, height: 844 } });

/** A daily home course of ten begun five days ago: three done, two past ones unrecorded, today's open. */
function lena(): ChildSpec {
  const child = onRunningCourse({ firstName: 'Lena', lastName: 'Petrova', location: 'HOME', guardians: ['parent'] });
  return { ...child, course: child.course && { ...child.course, startDaysAgo: 5 } };
}

async function openChild(page: Page) {
  const { accounts, children } = await arrange({ accounts: { parent: 'PARENT' }, children: { lena: lena() } });
  await signIn(page, accounts.parent);
  await page.goto(`/children/${children.lena.patientId}`);
  await expect(page.getByRole('heading', { level: 1, name: children.lena.fullName })).toBeVisible();
}

test('the calendar is compact: one line or two a session, every record form folded', async ({ page }) => {
  await openChild(page);
  const calendar = page.getByRole('list', { name: 'Course calendar' });
  await expect(calendar.getByRole('listitem')).toHaveCount(10);
  await expect(calendar.getByText('✓ Done')).toHaveCount(3);
  await expect(calendar.getByText('! Not recorded yet')).toHaveCount(2);
  await expect(calendar.getByText('To come', { exact: true })).toHaveCount(4);
  // Today's massage starts with the guide; its form and the past ones wait, folded.
  await expect(page.getByRole('link', { name: 'Start today’s massage, step by step' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
  await expect(calendar.getByText('Record this session')).toHaveCount(2);
  await page.getByText('Or record it without the guide').click();
  await expect(page.getByRole('form', { name: "Today's session" })).toBeVisible();
  // A session to come takes one line.
  const row = await calendar.getByRole('listitem').last().boundingBox();
  expect(row?.height).toBeLessThan(48);
  await expect(page.getByRole('progressbar', { name: '3 of 10 done' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Good: 3, Fussy: 0, Stopped early: 0/ })).toBeVisible();
});

test("each area of the routine has its drawing: the hands' direction and the zones to avoid", async ({ page }) => {
  await openChild(page);
  await page.getByRole('heading', { name: 'Home routine' }).click();
  await expect(
    page.getByRole('img', {
      name: /^Tummy: the hands go clockwise round the navel; crosses mark what to avoid: liver/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Legs, feet and hips: the hands go up towards the body/ })).toBeVisible();
});

test('a routine that could not be fetched (no signal) is fetched again when its fold reopens', async ({ page }) => {
  await openChild(page);
  let refused = 0;
  await page.route('**/api/children/*/routine', async (route) => {
    if (refused++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  });
  const fold = page.getByRole('heading', { name: 'Home routine' });
  await fold.click();
  await expect(page.getByText(/^The routine could not be loaded\./)).toBeVisible();
  await fold.click();
  await fold.click();
  await expect(page.getByRole('img', { name: /^Tummy: the hands go clockwise round the navel/ })).toBeVisible();
  await expect(page.getByText(/^The routine could not be loaded\./)).toHaveCount(0);
});

test('a parent records a past home session as missed, with the reason', async ({ page }) => {
  await openChild(page);
  const calendar = page.getByRole('list', { name: 'Course calendar' });
  const unrecorded = calendar.getByRole('listitem').filter({ hasText: 'Not recorded yet' }).first();
  await unrecorded.getByText('Record this session').click();
  const form = unrecorded.getByRole('form');
  // Not today's: no well-today tick, and "not well today" is not offered.
  await expect(form.getByRole('checkbox', { name: /The baby is well today/ })).toHaveCount(0);
  await expect(form.getByRole('radio', { name: /not well today/ })).toHaveCount(0);
  await form.getByRole('radio', { name: /^Missed/ }).check();
  await form.getByRole('button', { name: 'Mark missed' }).click();
  await expect(form.getByText('Reason is required.')).toBeVisible();
  await form.getByLabel('Why was it missed?').fill('We were travelling');
  await form.getByRole('button', { name: 'Mark missed' }).click();

  await expect(calendar.getByText('✗ Missed')).toHaveCount(1);
  await expect(calendar.getByText('“We were travelling”')).toBeVisible();
  await expect(calendar.getByText('! Not recorded yet')).toHaveCount(1);
  // The course keeps its ten sessions done: a make-up one is added at the end.
  await expect(calendar.getByRole('listitem')).toHaveCount(11);
  await expect(calendar.getByText('Make-up', { exact: true })).toHaveCount(1);
});

test('the header is a compact bar with a menu', async ({ page }) => {
  await openChild(page);
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height).toBeLessThan(64);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'My children' })).toBeHidden();
  await banner.getByText('Menu').click();
  await expect(banner.getByRole('link', { name: 'My children' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
});

test("the parent's page has no serious or critical accessibility violation", async ({ page }) => {
  await openChild(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});
