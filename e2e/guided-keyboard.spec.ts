import { expect, test, type Locator, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * Issue 9: the guided mode works by keyboard and screen reader. The keyboard alone goes from the
 * checks to a recorded session; the screen reader's live region tells each new step and the time
 * left at a few moments of a step (never each second), in the interface's language.
 */
test.use({ viewport: { width: 360, height: 740 } });

/** Presses Tab until the target has the focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, target: Locator, most = 40) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

function secondsOf(timer: string | null): number {
  const [minutes, seconds] = (timer ?? '').split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

test('a parent goes through today’s massage by keyboard alone, told each step and the time left', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      kit: onRunningCourse({ firstName: 'Kit', lastName: 'Keys', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await page.clock.install();
  await signIn(page, accounts.parent);
  await page.goto(`/children/${children.kit.patientId}/guided`);
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();

  for (const name of [/^The baby is well today/, /^Feeding /, /^Room, surface and hands /]) {
    const check = page.getByRole('checkbox', { name });
    await tabTo(page, check);
    await page.keyboard.press('Space');
    await expect(check).toBeChecked();
  }
  await tabTo(page, page.getByRole('button', { name: 'Start the massage' }));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: /^Step 1 of \d+/ });
  await expect(heading).toBeFocused();
  const count = Number((await heading.textContent())?.match(/of (\d+)/)?.[1]);
  expect(count).toBeGreaterThan(2);

  const announcement = page.getByRole('region', { name: /^Step \d+ of/ }).getByRole('status');
  const timer = page.getByRole('timer', { name: 'Time left on this step' });
  const next = page.getByRole('button', { name: 'Next ›' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  // The new step is told once, with its name; the focus stays on Next for the next press.
  await expect(announcement).toHaveText(new RegExp(`^Step 2 of ${count} · .+: .+\\. \\d+ (minutes?|seconds) left$`));
  await expect(next).toBeFocused();

  // Within the step the region speaks only when the time crosses a whole minute, 30 or 10 seconds.
  const stepSeconds = secondsOf(await timer.textContent());
  expect(stepSeconds).toBeGreaterThan(30);
  await page.clock.fastForward((stepSeconds - 25) * 1000);
  await expect(announcement).toHaveText('30 seconds left');
  const shownAt30 = await timer.textContent();
  await page.clock.fastForward(3_000);
  await expect(timer).not.toHaveText(shownAt30 ?? '');
  await expect(announcement).toHaveText('30 seconds left');

  const pause = page.getByRole('button', { name: '❚❚ Pause' });
  await page.keyboard.press('Shift+Tab');
  await expect(pause).toBeFocused();
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText('Paused');
  await expect(page.getByRole('button', { name: '▶ Resume' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(announcement).toHaveText('30 seconds left');

  // When a step's time is up, the next comes by itself and is told.
  await page.clock.fastForward(23_000);
  await expect(announcement).toHaveText(new RegExp(`^Step 3 of ${count} · `));

  await tabTo(page, next);
  const stepHeading = page.getByRole('heading', { level: 2, name: /^Step \d+ of/ });
  for (let step = 3; step < count; step += 1) {
    await expect(stepHeading).toContainText(`Step ${step} of ${count}`);
    await page.keyboard.press('Enter');
  }
  const finish = page.getByRole('button', { name: 'Finish ›' });
  await expect(finish).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Well done: the massage is over' })).toBeFocused();

  const form = page.getByRole('form', { name: "Today's session" });
  await tabTo(page, form.getByRole('radio', { name: 'Good' }));
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Fussy' })).toBeChecked();
  const note = form.getByLabel('Note', { exact: true });
  await tabTo(page, note);
  await page.keyboard.type('Calm all through.');
  await tabTo(page, form.getByRole('button', { name: 'Mark done' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/children/${children.kit.patientId}\\?`));
  await expect(page.getByText('Session marked done. Thank you!')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Course calendar' }).getByText('“Calm all through.”')).toBeVisible();
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the live region tells the step and the time left in Russian, with Russian plurals', async ({ page }) => {
    const { accounts, children } = await arrange({
      accounts: { parent: 'PARENT' },
      children: {
        ira: onRunningCourse({ firstName: 'Ira', lastName: 'Keys', location: 'HOME', guardians: ['parent'] }),
      },
    });
    await page.clock.install();
    await signIn(page, accounts.parent);
    await page.goto(`/children/${children.ira.patientId}/guided`);
    await expect(page.getByRole('heading', { name: 'Перед началом' })).toBeVisible();
    for (const check of await page.getByRole('checkbox').all()) {
      await tabTo(page, check);
      await page.keyboard.press('Space');
    }
    await tabTo(page, page.getByRole('button', { name: 'Начать массаж' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: /^Шаг 1 из \d+/ })).toBeFocused();

    const next = page.getByRole('button', { name: 'Далее ›' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    const announcement = page.getByRole('region', { name: /^Шаг \d+ из/ }).getByRole('status');
    await expect(announcement).toHaveText(
      /^Шаг 2 из \d+ · .+: .+\. (Осталась|Осталось) \d+ (минута|минуты|минут|секунд)$/,
    );
    const stepSeconds = secondsOf(await page.getByRole('timer').textContent());
    await page.clock.fastForward((stepSeconds - 25) * 1000);
    await expect(announcement).toHaveText('Осталось 30 секунд');
    await page.clock.fastForward(18_000);
    await expect(announcement).toHaveText('Осталось 10 секунд');
  });
});
