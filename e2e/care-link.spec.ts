import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, openSharing, signIn } from './fixtures';

// Another caregiver follows the routine by the parent's link, on a phone (issue 9).
test.use({ viewport: { width: 390, height: 844 } });

test("a caregiver's link is used, then revoked and refused", async ({ page, browser }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      mia: onRunningCourse({ firstName: 'Mia', lastName: 'Kovacs', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.parent);
  await openSharing(page, children.mia.patientId);

  // The parent makes a link for Granny Ann and sees it once.
  await page.getByText('Make a link for a caregiver').click();
  await page.getByLabel('Caregiver’s name').fill('Granny Ann');
  await page.getByRole('button', { name: 'Make a link' }).click();
  const linkField = page.getByLabel('The caregiver’s link');
  await expect(linkField).toHaveValue(/\/care\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  const shared = page.getByRole('list', { name: 'Caregiver links' }).getByRole('listitem');
  await expect(shared).toHaveCount(1);
  await expect(shared).toContainText('Granny Ann');
  await expect(shared).toContainText('last used never');

  // The caregiver, signed in nowhere, sees the child's first name only and records today's session.
  const caregiver = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const carePage = await caregiver.newPage();
  await carePage.goto(link);
  await expect(carePage.getByRole('heading', { level: 1, name: 'Mia' })).toBeVisible();
  await expect(carePage.getByText('Kovacs')).toHaveCount(0);
  // The family's notes on past sessions stay with the family.
  await expect(carePage.getByText('Calm, enjoyed it.')).toHaveCount(0);
  // The routine's steps, fetched through the link when the fold opens.
  await carePage.getByRole('heading', { name: 'Home routine' }).click();
  await expect(carePage.getByText(/^Today's session: \d+ min planned\.$/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page: carePage }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
    [],
  );
  await carePage.getByText('Or record it without the guide').click();
  const today = carePage.getByRole('form', { name: "Today's session" });
  await today.getByRole('checkbox', { name: /The baby is well today/ }).check();
  await today.getByRole('button', { name: 'Mark done' }).click();
  await expect(carePage.getByRole('form', { name: "Today's session" })).toHaveCount(0);
  await expect(carePage.getByText(/Session marked done/)).toBeVisible();

  // The parent sees the use, then revokes the link after confirming.
  await page.reload();
  await expect(shared).not.toContainText('last used never');
  await shared.getByRole('button', { name: /Revoke/ }).click();
  await page
    .getByRole('dialog', { name: 'Stop Granny Ann’s link?' })
    .getByRole('button', { name: 'Stop the link' })
    .click();
  await expect(shared).toContainText('Revoked');

  // The same link is refused now.
  const refused = await carePage.goto(link);
  expect(refused?.status()).toBe(404);
  await expect(carePage.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await expect(carePage.getByText('Mia')).toHaveCount(0);
  // And so is the routine its fold fetched through it.
  const routine = await carePage.request.get(`${link}/routine`);
  expect(routine.status()).toBe(404);
  expect(await routine.text()).not.toContain('Mia');
  await caregiver.close();
});
