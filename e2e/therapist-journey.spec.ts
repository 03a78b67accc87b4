import { expect, test, type Page } from '@playwright/test';
import { arrange, signIn, type Account } from './fixtures';

/**
 * Leo, the test's own: a 5-month-old with hypertonia, clinic sessions every other day with the
 * test's therapist (a day's extra rest after five: hypertonia allows at most 2 days in a row, 001)
 * since six days ago; two done, one overdue,
 * one today and the rest to come.
 */
async function arrangeLeo(): Promise<{ therapist: Account; leo: string }> {
  const { accounts, children } = await arrange({
    accounts: { therapist: 'THERAPIST' },
    children: {
      leo: {
        firstName: 'Leo',
        lastName: 'Petrov',
        ageDays: 152,
        sex: 'MALE',
        indication: {
          kind: 'THERAPEUTIC',
          diagnosis: 'Muscle hypertonia of the legs',
          icd10Code: 'P94.1',
          diagnosedDaysAgo: 9,
        },
        course: {
          location: 'CLINIC',
          therapist: 'therapist',
          frequency: 'EVERY_OTHER_DAY',
          restAfterEvery: 5,
          restDays: 1,
          sessionCount: 10,
          startDaysAgo: 6,
          minutesPerSession: 15,
          homeRoutineNotes: '',
          breakAfterDays: 60,
          done: 2,
          recordedBy: 'therapist',
        },
      },
    },
  });
  return { therapist: accounts.therapist, leo: children.leo.fullName };
}

/** "Course progress: 2 of 10 done" on the recording page → 2. */
async function sessionsDone(page: Page): Promise<number> {
  const label = await page.getByRole('progressbar').getAttribute('aria-label');
  const match = /(\d+) of \d+ done/.exec(label ?? '');
  if (!match) throw new Error(`No progress on the page: ${label}`);
  return Number(match[1]);
}

/** The agenda's day view two days on, where Leo's next session is: its day, not "To record". */
async function inTwoDays(page: Page) {
  await showNextDay(page);
  await showNextDay(page);
  return page.getByRole('region', { name: /^(?!To record)/ });
}

async function showNextDay(page: Page) {
  const shown = await page.getByText(/^Showing /).textContent();
  await page.getByRole('link', { name: 'Next day →' }).click();
  await expect(page.getByText(/^Showing /)).not.toHaveText(shown ?? '');
}

test("the therapist records Leo's overdue session as done and today's as missed", async ({ page }) => {
  const { therapist, leo } = await arrangeLeo();
  await signIn(page, therapist);
  await expect(page).toHaveURL(/\/sessions$/);

  const toRecord = page.getByRole('region', { name: /To record/ });
  const today = page.getByRole('region', { name: /^Today/ });
  await expect(toRecord.getByRole('link', { name: leo, exact: true })).toBeVisible();
  await expect(today.getByRole('link', { name: leo, exact: true })).toBeVisible();
  await expect((await inTwoDays(page)).getByRole('link', { name: leo, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Today', exact: true }).click();

  // Done: the overdue session, with the minutes and how Leo took it.
  await toRecord
    .getByRole('link', { name: `Record ${leo}'s session` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a session' })).toBeVisible();
  await expect(page.getByText('Muscle hypertonia of the legs')).toBeVisible();
  const doneBefore = await sessionsDone(page);
  await expect(page.getByRole('radio', { name: /^Done/ })).toBeChecked();
  // The third session of Leo's first course: 5 minutes at first, a minute more each session.
  await expect(page.getByLabel('Minutes')).toHaveValue('7');
  await expect(page.getByText('Planned today: 7 min.')).toBeVisible();
  await page.getByLabel('Minutes').fill('10');
  await expect(page.getByText(/far above the/)).toBeHidden();
  // Far above the plan: a warning as it is typed, and it is still recorded.
  await page.getByLabel('Minutes').fill('14');
  await expect(
    page.getByText(
      '14 min is far above the 7 min planned for this session: a course lengthens its sessions step by step. It will be recorded as entered.',
    ),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Fussy' }).check();
  await page.getByLabel('Notes').fill('Tense at first, relaxed by the end.');

  // "Done" needs the well-today check: refused beside the box, and what was typed is kept.
  const wellToday = page.getByRole('checkbox', { name: /The baby is well today/ });
  await expect(wellToday).not.toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(wellToday).toHaveAccessibleDescription(
    'Confirm that the baby is well today: no fever, infection, rash, stool upset or injury.',
  );
  await expect(page).toHaveURL(/\/sessions\/[^/?]+$/);
  await expect(page.getByLabel('Notes')).toHaveValue('Tense at first, relaxed by the end.');
  await wellToday.check();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/sessions\?recorded=DONE/);
  await expect(page.getByText('Session marked done.')).toBeVisible();
  await expect(page.getByText(/The minutes were recorded as entered, though far above the plan/)).toBeVisible();

  // Missed: today's session; the course keeps its length with a make-up session at the end.
  await page
    .getByRole('region', { name: /^Today/ })
    .getByRole('link', { name: `Record ${leo}'s session` })
    .click();
  expect(await sessionsDone(page)).toBe(doneBefore + 1);
  await page.getByRole('radio', { name: /^Missed/ }).check();
  await expect(page.getByLabel('Minutes')).toBeHidden();
  await page.getByLabel('Notes').fill('Family did not come.');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/sessions\?recorded=MISSED&makeUpOn=/);
  const confirmation = page.getByText(
    /Session marked missed\. A make-up session was added on .+, after the last one\./,
  );
  await expect(confirmation).toBeVisible();
  const makeUpOn = await confirmation.locator('time').getAttribute('datetime');
  expect(makeUpOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('region', { name: /^Today/ })).not.toContainText(leo);

  // The course page (from Leo's next session, two days on): the make-up session is the last one,
  // and progress went up by one.
  await (await inTwoDays(page)).getByRole('link', { name: leo, exact: true }).click();
  await expect(page).toHaveURL(/\/courses\//);
  await expect(page.getByText(`${doneBefore + 1} of 10 done`).first()).toBeVisible();
  const dates = await page
    .getByRole('list', { name: 'Sessions' })
    .locator('time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.at(-1)).toBe(makeUpOn);
  expect([...dates].sort()).toEqual(dates);
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').last()).toContainText('Make-up');
  // Each session shows its own minutes: the one done with what was planned, the make-up the last plan.
  const sessionItems = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(sessionItems.first()).toContainText('(5 planned)');
  await expect(sessionItems.nth(2)).toContainText('14 min (7 planned)');
  await expect(sessionItems.last()).toContainText('14 min planned');
  // The well-today confirmation is kept with the session done, and only with it.
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(sessions.filter({ hasText: 'Tense at first, relaxed by the end.' })).toContainText(
    `Recorded by ${therapist.name}, who confirmed the baby was well beforehand`,
  );
  const missed = sessions.filter({ hasText: 'Family did not come.' });
  await expect(missed).toContainText(`Recorded by ${therapist.name}`);
  await expect(missed).not.toContainText('confirmed the baby was well');
});

test('a future session can only be postponed, with a reason', async ({ page }) => {
  const { therapist, leo } = await arrangeLeo();
  await signIn(page, therapist);
  await (
    await inTwoDays(page)
  )
    .getByRole('link', { name: `Record ${leo}'s session` })
    .first()
    .click();
  await expect(page.getByText('This session is in the future: it can only be postponed for now.')).toBeVisible();

  // The use case refuses "done" for a future session, and says why.
  await page.getByRole('radio', { name: /^Done/ }).check();
  await page.getByRole('checkbox', { name: /The baby is well today/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'it can only be postponed' })).toBeVisible();

  // "Not well today" needs at least one condition; and it too is for today, not a future session.
  await page.getByRole('radio', { name: /^Not well today/ }).check();
  await expect(page.getByRole('checkbox', { name: /The baby is well today/ })).toBeHidden();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('group', { name: 'What does the baby have today?' })).toHaveAccessibleDescription(
    'Tick what the baby has today.',
  );
  await page.getByRole('checkbox', { name: 'Fever or high temperature' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'it can only be postponed' })).toBeVisible();

  // Postponing needs a reason.
  await page.getByRole('radio', { name: /^Postponed/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Reason is required.')).toBeVisible();
  await page.getByLabel('Reason').fill('Mild cold: wait until he is well.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Session postponed\. A make-up session was added on/)).toBeVisible();
});
