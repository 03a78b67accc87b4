import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, openSharing, signIn } from './fixtures';

// A parent with both hands on the baby and a small phone on the table (issue 9).
test.use({ viewport: { width: 360, height: 740 } });

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Ticks the rule book's three checks and starts; the first step's heading takes the focus. */
async function passTheChecks(page: Page) {
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  // Nothing starts while a check is unticked.
  await page.getByRole('button', { name: 'Start the massage' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tick each check first' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^The baby is well today/ }).check();
  await page.getByRole('checkbox', { name: /^Feeding Not straight after a feed/ }).check();
  await page.getByRole('checkbox', { name: /^Room, surface and hands A warm room, 23–26 °C/ }).check();
  await page.getByRole('button', { name: 'Start the massage' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of \d+/ })).toBeFocused();
}

/** Presses Next until the record form comes, returning how many steps there were. */
async function goThroughTheSteps(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+/ });
  const count = Number((await heading.textContent())?.match(/of (\d+)/)?.[1]);
  for (let step = 1; step < count; step += 1) {
    await expect(heading).toContainText(`Step ${step} of ${count}`);
    await page.getByRole('button', { name: 'Next ›' }).click();
  }
  await expect(heading).toContainText(`Step ${count} of ${count}`);
  await page.getByRole('button', { name: 'Finish ›' }).click();
  await expect(page.getByRole('heading', { name: 'Well done: the massage is over' })).toBeFocused();
  return count;
}

function secondsOf(timer: string | null): number {
  const [minutes, seconds] = (timer ?? '').split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

test('a parent follows today’s massage step by step to the record, and the session shows as done', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      vera: onRunningCourse({ firstName: 'Vera', lastName: 'Guided', location: 'HOME', guardians: ['parent'] }),
    },
  });
  // The countdown runs on the page's clock, which the test moves on instead of waiting.
  await page.clock.install();
  await signIn(page, accounts.parent);
  await page.goto(`/children/${children.vera.patientId}`);
  await page.getByRole('link', { name: 'Start today’s massage, step by step' }).click();
  await expect(page).toHaveURL(/\/guided$/);
  expect(await seriousViolations(page)).toEqual([]);

  await passTheChecks(page);
  const timer = page.getByRole('timer', { name: 'Time left on this step' });
  const firstStepSeconds = secondsOf(await timer.textContent());
  expect(firstStepSeconds).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Paused, the time stands still; resumed, it counts down again.
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible();
  const pausedAt = await timer.textContent();
  await page.clock.fastForward(5_000);
  await expect(timer).toHaveText(pausedAt ?? '');
  await page.getByRole('button', { name: '▶ Resume' }).click();
  await page.clock.fastForward(2_000);
  await expect(timer).not.toHaveText(pausedAt ?? '');

  // When the step's time is up, the next step comes by itself, and a screen reader is told so.
  await page.clock.fastForward(firstStepSeconds * 1000);
  const announcement = page.getByRole('region', { name: /^Step \d+ of/ }).getByRole('status');
  await expect(page.getByRole('heading', { level: 2, name: /^Step 2 of/ })).toBeVisible();
  await expect(announcement).toHaveText(/^Step 2 of \d+ · .+: .+\. \d+ (minutes?|seconds) left$/);
  // Back returns to the first step, from its start; the focus stays on Back for another press.
  await page.getByRole('button', { name: '‹ Back' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '‹ Back' })).toBeFocused();
  await expect(timer).toHaveText(
    `${Math.floor(firstStepSeconds / 60)}:${String(firstStepSeconds % 60).padStart(2, '0')}`,
  );

  await goThroughTheSteps(page);
  const form = page.getByRole('form', { name: "Today's session" });
  // The checks answered the well-today question; the same form and rules as the page's.
  await expect(form.getByRole('checkbox', { name: /The baby is well today/ })).toBeChecked();
  await form.getByRole('radio', { name: 'Fussy' }).check();
  await form.getByLabel('Note', { exact: true }).fill('Fussed at the tummy, calm for the legs.');
  await form.getByRole('button', { name: 'Mark done' }).click();

  await expect(page).toHaveURL(new RegExp(`/children/${children.vera.patientId}\\?`));
  await expect(page.getByText('Session marked done. Thank you!')).toBeVisible();
  const calendar = page.getByRole('list', { name: 'Course calendar' });
  await expect(calendar.getByText('✓ Done')).toHaveCount(4);
  await expect(calendar.getByText('“Fussed at the tummy, calm for the legs.”')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '4 of 10 done' })).toBeVisible();
  await expect(page.getByText('Today’s session is recorded: done.')).toBeVisible();
});

test('a parent whose baby is not well goes from the checks to postponing the session', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      ida: onRunningCourse({ firstName: 'Ida', lastName: 'Unwell', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.parent);
  await page.goto(`/children/${children.ida.patientId}/guided`);
  await page.getByRole('button', { name: 'The baby is not well today' }).click();
  await expect(page.getByRole('heading', { name: 'No massage today' })).toBeFocused();
  const form = page.getByRole('form', { name: "Today's session" });
  await form.getByRole('checkbox', { name: 'Fever or high temperature' }).check();
  await form.getByRole('button', { name: 'Postpone the session' }).click();
  await expect(page.getByText(/^Session postponed: not well today\./)).toBeVisible();
});

test('a caregiver follows the guide through the parent’s link and records the session', async ({ page, browser }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      ola: onRunningCourse({ firstName: 'Ola', lastName: 'Shared', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.parent);
  await openSharing(page, children.ola.patientId);
  await page.getByText('Make a link for a caregiver').click();
  await page.getByLabel('Caregiver’s name').fill('Nanny Rosa');
  await page.getByRole('button', { name: 'Make a link' }).click();
  const link = await page.getByLabel('The caregiver’s link').inputValue();

  const caregiver = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  const carePage = await caregiver.newPage();
  await carePage.goto(link);
  await expect(carePage.getByRole('heading', { level: 1, name: 'Ola' })).toBeVisible();
  expect(await seriousViolations(carePage)).toEqual([]);
  await carePage.getByRole('link', { name: 'Start today’s massage, step by step' }).click();
  await expect(carePage).toHaveURL(/\/care\/[A-Za-z0-9_-]{43}\/guided$/);
  await passTheChecks(carePage);
  await goThroughTheSteps(carePage);
  const form = carePage.getByRole('form', { name: "Today's session" });
  await form.getByRole('button', { name: 'Mark done' }).click();

  await expect(carePage.getByText('Session marked done. Thank you!')).toBeVisible();
  await expect(carePage.getByRole('list', { name: 'Course calendar' }).getByText('✓ Done')).toHaveCount(4);
  // The parent sees it recorded.
  await page.goto(`/children/${children.ola.patientId}`);
  await expect(page.getByRole('progressbar', { name: '4 of 10 done' })).toBeVisible();
  await caregiver.close();
});
