import { expect, test, type Locator, type Page } from '@playwright/test';
import { arrange, signIn, type Child } from './fixtures';

/**
 * The doctor's routine editor and the doctor's words: adding a step the rule book allows (and
 * only such steps), times as minutes and seconds, a prescription completed by keyboard without
 * tabbing through every step, and sources shown by their titles.
 */

/** "Arms and hands · Stroking" for every step of a routine list, in order. */
function stepTitles(list: Locator): Promise<string[]> {
  return list
    .locator('[data-step-title]')
    .evaluateAll((titles) => titles.map((title) => (title.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

async function openPrescribeForm(page: Page, child: Child): Promise<void> {
  await page.goto(child.patientPath);
  await page.getByRole('list', { name: 'Indications' }).getByRole('link', { name: 'Prescribe course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prescribe course' })).toBeVisible();
}

test('the doctor adds a step the rule book allows; the course keeps it with its time in minutes and seconds', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: {
      baby: {
        firstName: 'Lev',
        lastName: 'Editor',
        ageDays: 200,
        sex: 'MALE',
        indication: { kind: 'THERAPEUTIC', diagnosis: 'Muscle hypertonia of the legs', diagnosedDaysAgo: 0 },
      },
    },
  });
  await signIn(page, accounts.doctor);
  await openPrescribeForm(page, children.baby);
  await page.getByLabel('Location').selectOption('HOME');
  // A quiet lesion on the back leaves the back out: nothing may be added there.
  await page
    .getByLabel('Wart, birthmark or other quiet (not inflamed, not broken) skin lesion on the back and buttocks')
    .check();
  await page.getByLabel('I screened the child for every item of this checklist').check();

  const editRoutine = page.getByRole('button', { name: 'Edit routine' });
  await expect(editRoutine).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Remove step 1', exact: true })).toHaveCount(0);
  await editRoutine.click();
  await expect(editRoutine).toHaveAttribute('aria-expanded', 'true');

  const editor = page.getByRole('list', { name: 'Routine steps' });
  const proposed = await stepTitles(editor);
  const tapping = proposed.indexOf('Legs, feet and hips · Tapping');
  expect(tapping).toBeGreaterThan(0);

  // Every proposed step is in the routine, so only each area's plain stroking may be added; never on the back.
  const addStep = page.getByLabel('Add a step');
  await expect(addStep.locator('optgroup[label="Tummy"] option')).toHaveCount(1);
  await expect(addStep.locator('optgroup[label="Back and buttocks"]')).toHaveCount(0);
  await expect(addStep.locator('optgroup[label="Legs, feet and hips"] option')).toHaveCount(1);
  await expect(addStep.locator('option', { hasText: /^Tapping/ })).toHaveCount(0);

  // The proposal's time for the step, which it gets back when added again.
  const proposedMinutes = await page.getByLabel(`Minutes for step ${tapping + 1}`, { exact: true }).inputValue();
  const proposedSeconds = await page.getByLabel(`Seconds for step ${tapping + 1}`, { exact: true }).inputValue();
  const proposedTime = [
    proposedMinutes !== '0' ? `${proposedMinutes} min` : '',
    proposedSeconds !== '0' ? `${proposedSeconds} s` : '',
  ]
    .filter(Boolean)
    .join(' ');
  await page.getByRole('button', { name: `Remove step ${tapping + 1}`, exact: true }).click();
  const expected = proposed.filter((_, index) => index !== tapping);
  await expect.poll(() => stepTitles(editor)).toEqual(expected);

  // The removed step is offered again, under its area, and goes back before the legs' closing stroke.
  const offered = addStep.locator('optgroup[label="Legs, feet and hips"] option', { hasText: /^Tapping/ });
  await expect(offered).toHaveCount(1);
  await addStep.selectOption({ label: (await offered.textContent()) ?? '' });
  await page.getByRole('button', { name: 'Add step', exact: true }).click();
  const legs = expected.flatMap((title, index) => (title.startsWith('Legs, feet and hips') ? [index] : []));
  const closingStroke = legs.at(-1) ?? -1;
  expected.splice(closingStroke, 0, 'Legs, feet and hips · Tapping');
  await expect.poll(() => stepTitles(editor)).toEqual(expected);
  const added = closingStroke + 1;
  await expect(page.getByRole('status').filter({ hasText: 'Added as step' })).toHaveText(
    `Added as step ${added}: Legs, feet and hips · Tapping, ${proposedTime}.`,
  );

  // Its time, as minutes and seconds.
  await expect(page.getByLabel(`Minutes for step ${added}`, { exact: true })).toHaveValue(proposedMinutes);
  await expect(page.getByLabel(`Seconds for step ${added}`, { exact: true })).toHaveValue(proposedSeconds);
  await page.getByLabel(`Minutes for step ${added}`, { exact: true }).fill('1');
  await page.getByLabel(`Seconds for step ${added}`, { exact: true }).fill('20');

  await page.getByRole('button', { name: 'Prescribe course' }).click();
  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  const routine = page.getByRole('list', { name: 'Session routine' });
  await expect.poll(() => stepTitles(routine)).toEqual(expected);
  await expect(routine.getByRole('listitem').nth(added - 1)).toContainText('5 times · 1 min 20 s');
  await expect(page.getByText(/steps, about \d+ min( \d+ s)? in all/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'When to massage a baby. We massage the newborn' })).toHaveAttribute(
    'title',
    'Source file 001_de86fe6cc8ed185b.txt',
  );
});

test('a prescription is completed by keyboard, without tabbing through the steps', async ({ page }) => {
  // A preventive course is done at home, so no therapist is needed.
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: {
      baby: {
        firstName: 'Kira',
        lastName: 'Keyboard',
        ageDays: 200,
        sex: 'FEMALE',
        indication: { kind: 'PREVENTIVE', diagnosis: 'Healthy infant', diagnosedDaysAgo: 0 },
      },
    },
  });
  await signIn(page, accounts.doctor);
  await openPrescribeForm(page, children.baby);
  const steps = await stepTitles(page.getByRole('list', { name: 'Routine steps' }));
  expect(steps.length).toBeGreaterThan(20);

  /** What the focused element is called: its label, else its text. */
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const input = element as HTMLInputElement;
      const label = element.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? element.textContent;
      return (label ?? '').replace(/\s+/g, ' ').trim();
    });

  // The editor opens and closes from the keyboard, and its first stop is the first step's time.
  const editRoutine = page.getByRole('button', { name: 'Edit routine' });
  await editRoutine.focus();
  await page.keyboard.press('Enter');
  await expect(editRoutine).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Minutes for step 1', { exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(editRoutine).toHaveAttribute('aria-expanded', 'false');

  // From the screening to the submit button: one stop for the whole routine.
  await page.getByLabel('I screened the child for every item of this checklist').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('I screened the child for every item of this checklist')).toBeChecked();
  const visited: string[] = [];
  const submit = page.getByRole('button', { name: 'Prescribe course' });
  while (visited.length < 60 && !(await submit.evaluate((button) => button === document.activeElement))) {
    await page.keyboard.press('Tab');
    visited.push(await focused());
  }
  expect(visited.at(-1)).toBe('Prescribe course');
  expect(visited).toContain('Edit routine ▾');
  expect(visited.filter((name) => /step \d+/i.test(name))).toEqual([]);
  // Fewer stops than the routine has steps: the steps are not in the way.
  expect(visited.length).toBeLessThan(steps.length);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/courses\/[^/]+\?prescribed=1$/);
  await expect.poll(() => stepTitles(page.getByRole('list', { name: 'Session routine' }))).toEqual(steps);
});

test('the guidelines name their sources by title, with the file name for review', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);
  await page.goto('/guidelines?chapter=contraindications');

  const contraindications = page.getByRole('region', { name: 'Contraindications' });
  const cited = contraindications.getByRole('link', { name: 'When to massage a baby. We massage the newborn' }).first();
  await expect(cited).toBeVisible();
  await expect(cited).toHaveAttribute('title', 'Source file 001_de86fe6cc8ed185b.txt');
  await expect(contraindications.getByRole('link', { name: '001', exact: true })).toHaveCount(0);

  await cited.click();
  await expect(page).toHaveURL(/\/guidelines\?chapter=sources#source-001$/);
  const sources = page.getByRole('list', { name: 'Source texts' });
  const entry = sources.getByRole('listitem').filter({ hasText: 'When to massage a baby. We massage the newborn' });
  await expect(entry).toContainText('001_de86fe6cc8ed185b.txt');
  await expect(sources.getByRole('listitem')).toHaveText([
    /^Massage for children under one year old: basic rules/,
    /^When to massage a baby\. We massage the newborn/,
    /^Therapeutic massage, what you need to know when going for a massage/,
    /^Baby Foot Massage: Preparing Kids for Proper Walk from Birth/,
    /^The Benefits of Infant Massage for Both Babies and Parents/,
  ]);
});
