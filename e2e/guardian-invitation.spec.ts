import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { arrange, onRunningCourse, openSharing, signIn, uniqueSuffix } from './fixtures';

// A second guardian with an account of their own (issue 9, "Another caregiver").
const PASSWORD = 'kettle orbit lantern 42';

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
    [],
  );
}

/** The invited person opens the link in their own browser, makes the account, signs in and sees the children page. */
async function acceptAndSignIn(browser: Browser, link: string, email: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByLabel('E-mail (you sign in with it)')).toHaveValue(email);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByLabel('The password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Make my account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your account is ready' })).toBeVisible();
  // Used once: the link works no more.
  expect((await page.goto(link))?.status()).toBe(404);
  await signIn(page, { email, password: PASSWORD });
  await page.goto('/children');
  return { context, page };
}

test('a parent invites a second guardian, who makes an account and sees that child only', async ({ page, browser }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      mia: onRunningCourse({ firstName: 'Mia', lastName: 'Invited', location: 'HOME', guardians: ['parent'] }),
      leo: onRunningCourse({ firstName: 'Leo', lastName: 'Sibling', location: 'HOME', guardians: ['parent'] }),
    },
  });
  const email = `second.${uniqueSuffix()}@e2e.test`;
  await signIn(page, accounts.parent);
  await openSharing(page, children.mia.patientId);
  const card = page.locator('section', { has: page.getByRole('heading', { name: 'Invite another guardian' }) });
  await card.getByLabel('Their name').fill('Sam Second');
  await card.getByLabel('Their e-mail').fill(email);
  await card.getByRole('button', { name: 'Make an invitation link' }).click();
  const linkField = card.getByLabel('The invitation link');
  await expect(linkField).toHaveValue(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expect(page.getByRole('list', { name: 'Guardian invitations' })).toContainText('Waiting');

  const second = await acceptAndSignIn(browser, link, email);
  await expect(second.page.getByText(children.mia.fullName)).toBeVisible();
  await expect(second.page.getByText(children.leo.fullName)).toHaveCount(0);
  // Another child's page is "not found" for them.
  expect((await second.page.goto(`/children/${children.leo.patientId}`))?.status()).toBe(404);
  await second.context.close();

  await page.reload();
  await expect(page.getByRole('list', { name: 'Guardian invitations' })).toContainText('Accepted');
});

test('a paediatrician registers a child with a new parent invitation, and the parent accepts it', async ({
  page,
  browser,
}) => {
  const family = `Family${uniqueSuffix()}`;
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  const email = `ada.${uniqueSuffix()}@e2e.test`;
  await signIn(page, accounts.doctor);
  await page.goto('/patients/new');
  await page.getByLabel('First name').fill('Noa');
  await page.getByLabel('Last name').fill(family);
  await page.getByLabel('Date of birth').fill('2026-09-01');
  await page.getByLabel('Sex').selectOption('FEMALE');
  // Half an invitation is refused beside the field.
  await page.getByLabel('Parent’s name').fill('Ada New');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByText('Enter the e-mail to invite, or clear the name.')).toBeVisible();
  await page.getByLabel('Parent’s e-mail').fill(email);
  await page.getByRole('button', { name: 'Save patient' }).click();

  const linkField = page.getByLabel('The invitation link');
  await expect(linkField).toHaveValue(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await page.getByRole('link', { name: 'Open the patient’s record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Noa ${family}` })).toBeVisible();

  const parent = await acceptAndSignIn(browser, link, email);
  await expect(parent.page.getByText(`Noa ${family}`)).toBeVisible();
  await parent.context.close();
});
