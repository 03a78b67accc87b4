import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, openAccountsMatching, signIn, signInThroughApi } from './fixtures';

test('the admin erases a parent’s personal data: the parent cannot sign in, the child’s record stays', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { admin: 'ADMIN', doctor: 'PAEDIATRICIAN', parent: 'PARENT', otherParent: 'PARENT' },
    children: {
      mia: onRunningCourse({
        firstName: 'Mia',
        lastName: 'Erase',
        location: 'HOME',
        guardians: ['parent', 'otherParent'],
      }),
    },
  });
  const { parent } = accounts;

  // The parent is signed in on their own phone.
  const parentContext = await browser.newContext({ baseURL });
  const parentPage = await parentContext.newPage();
  await signIn(parentPage, parent);

  await signIn(page, accounts.admin);
  await openAccountsMatching(page, parent.email);
  const row = page.getByRole('list', { name: 'Parents' }).getByRole('listitem').filter({ hasText: parent.email });
  // The summary that unfolds the form (the form's own button has the same words).
  await row.locator('summary', { hasText: 'Erase personal data' }).click();
  await row.getByLabel('Reason').fill('The parent asked for their data to be erased.');
  // A slip is refused beside the field: nothing is erased without the account's email.
  await row.getByLabel(`Type ${parent.email} to confirm`).fill('someone.else@e2e.test');
  await row.getByRole('button', { name: `Erase personal data of ${parent.name}` }).click();
  await expect(row.getByText('Type the account’s email exactly as shown.')).toBeVisible();

  await row.getByLabel(`Type ${parent.email} to confirm`).fill(parent.email);
  await row.getByRole('button', { name: `Erase personal data of ${parent.name}` }).click();
  // Nothing of the parent is left to find: their email and name match no account any more.
  await expect(page.getByText(parent.email, { exact: true })).toHaveCount(0);
  await openAccountsMatching(page, parent.name);
  await expect(page.getByText(`No accounts match “${parent.name}”.`)).toBeVisible();

  // The parent's open session ends, and their password no longer signs in.
  await parentPage.reload();
  await expect(parentPage).toHaveURL(/\/login/);
  await parentContext.close();
  expect(await signInThroughApi(page.request, parent.email, parent.password)).toBe('CredentialsSignin');

  // The child's record stays, with the other guardian.
  await page.context().clearCookies();
  await signIn(page, accounts.doctor);
  await page.goto(children.mia.patientPath);
  await expect(page.getByRole('heading', { level: 1, name: children.mia.fullName })).toBeVisible();
  await expect(page.locator('main')).toContainText(accounts.otherParent.name);
  await expect(page.locator('main')).not.toContainText(parent.name);
});
