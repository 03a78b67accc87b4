import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * A family's "not well today" reaches the clinic: the course's doctor sees it counted in the
 * header and listed under "Needs attention", and marks it done. The doctor sees the whole clinic's
 * alerts, and other tests run alongside, so the count is read, not fixed.
 */
test('a fever reported at home shows in the doctor’s header count and list, and is marked done', async ({
  browser,
}) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT', doctor: 'PAEDIATRICIAN' },
    children: {
      nina: onRunningCourse({ firstName: 'Nina', lastName: 'Orlova', location: 'HOME', guardians: ['parent'] }),
    },
  });

  const parentPage = await (await browser.newContext()).newPage();
  await signIn(parentPage, accounts.parent);
  // A parent has no needs-attention list.
  await expect(parentPage.getByRole('link', { name: /^Needs attention/ })).toHaveCount(0);
  await parentPage.getByRole('link', { name: children.nina.fullName }).click();
  await parentPage.getByText('Or record it without the guide').click();
  const form = parentPage.getByRole('form', { name: "Today's session" });
  await form.getByRole('radio', { name: /^Baby is not well today/ }).check();
  await form.getByRole('checkbox', { name: 'Fever or high temperature' }).check();
  await form.getByRole('button', { name: 'Postpone the session' }).click();
  await expect(parentPage.getByRole('status').filter({ hasText: 'Session postponed: not well today.' })).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, accounts.doctor);
  const headerLink = page.getByRole('banner').getByRole('link', { name: /^Needs attention \d+$/ });
  await expect(headerLink).toBeVisible();
  expect(Number((await headerLink.textContent())?.match(/\d+$/)?.[0])).toBeGreaterThan(0);
  await headerLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Needs attention' })).toBeVisible();

  const alerts = page.getByRole('list', { name: 'Alerts' });
  const nina = alerts.getByRole('listitem').filter({ hasText: children.nina.fullName });
  await expect(nina).toHaveCount(1);
  await expect(nina).toContainText('The family reported the baby unwell');
  await expect(nina.getByRole('link', { name: children.nina.fullName })).toHaveAttribute(
    'href',
    children.nina.patientPath,
  );
  await expect(nina.getByRole('link', { name: /^Session of / })).toHaveAttribute('href', children.nina.coursePath);

  // The button names its alert for screen readers; within Nina's item it is the only one.
  await nina.getByRole('button', { name: /^Mark done/ }).click();
  await expect(nina).toHaveCount(0);
});
