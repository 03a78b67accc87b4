import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, openSharing, signIn } from './fixtures';

/**
 * Issue 9: every page passes axe (no serious or critical violation), as each role that opens it.
 * One test per role visits its pages in turn and gathers what axe finds, named by path, so a
 * failure lists every page at once and the suite signs in once per role.
 */

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Opens each path once its page has its title (every page has one level-1 heading) and returns axe's findings, by path. */
async function violationsOn(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page)).map((violation) => `${path} ${violation}`));
  }
  return found;
}

test('every page an admin opens passes axe', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
  await signIn(page, accounts.admin);
  expect(await violationsOn(page, ['/admin/users', '/admin/settings', '/admin/access-log', '/dashboard'])).toEqual([]);
});

test('every page a paediatrician opens passes axe', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', parent: 'PARENT' },
    children: {
      ada: onRunningCourse({ firstName: 'Ada', lastName: 'Axe', location: 'HOME', guardians: ['parent'] }),
      // An indication with no course yet, for the prescribe form.
      ben: {
        firstName: 'Ben',
        lastName: 'Axe',
        ageDays: 70,
        sex: 'MALE',
        guardians: ['parent'],
        indication: { kind: 'PREVENTIVE', diagnosis: 'Healthy infant', diagnosedDaysAgo: 1 },
      },
    },
  });
  const { ada, ben } = children;
  await signIn(page, accounts.doctor);
  expect(
    await violationsOn(page, [
      '/patients',
      ada.patientPath,
      '/patients/new',
      `${ben.patientPath}/edit`,
      `${ben.patientPath}/indications/new`,
      `${ben.patientPath}/indications/${ben.indicationId}/correct`,
      `${ben.patientPath}/courses/new?indication=${ben.indicationId}`,
      ada.coursePath,
      `/reports/courses/${ada.courseId}`,
      '/due',
      '/attention',
      '/review',
      '/dashboard',
      '/dashboard/sessions',
      '/dashboard/courses',
      '/guidelines',
    ]),
  ).toEqual([]);
});

test('every page a therapist opens passes axe', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { therapist: 'THERAPIST' },
    children: {
      ada: onRunningCourse({ firstName: 'Ada', lastName: 'Axe', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const { ada } = children;
  await signIn(page, accounts.therapist);
  await page.goto('/sessions');
  const recordLink = page
    .getByRole('region', { name: /^Today/ })
    .getByRole('link', { name: `Record ${ada.fullName}'s session` });
  const sessionPath = await recordLink.getAttribute('href');
  expect(sessionPath).toMatch(/^\/sessions\/[^/?]+$/);
  // A session the therapist recorded, to correct.
  await page.goto(ada.coursePath);
  const correctionPath = await page.locator('a[href$="/correct"]').first().getAttribute('href');
  expect(correctionPath).toMatch(/^\/sessions\/[^/?]+\/correct$/);
  expect(
    await violationsOn(page, [
      '/sessions?view=day',
      '/sessions?view=week',
      sessionPath ?? '',
      correctionPath ?? '',
      ada.coursePath,
      ada.patientPath,
      '/attention',
    ]),
  ).toEqual([]);
});

// A family opens its pages on a phone, and a caregiver the parent's link.
const PHONE = { width: 390, height: 844 };

test('every page a parent opens passes axe', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: { ada: onRunningCourse({ firstName: 'Ada', lastName: 'Axe', location: 'HOME', guardians: ['parent'] }) },
  });
  const { ada } = children;
  const childPath = `/children/${ada.patientId}`;
  await signIn(page, accounts.parent);
  expect(
    await violationsOn(page, [
      '/children',
      childPath,
      `${childPath}/guided`,
      `${childPath}/handout`,
      `${childPath}/sharing`,
      `/reports/courses/${ada.courseId}`,
    ]),
  ).toEqual([]);
});

test('every page opened without an account passes axe', async ({ page, browser }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: { ada: onRunningCourse({ firstName: 'Ada', lastName: 'Axe', location: 'HOME', guardians: ['parent'] }) },
  });
  // The parent makes a caregiver's link and an invitation, which are opened signed out.
  await signIn(page, accounts.parent);
  await openSharing(page, children.ada.patientId);
  await page.getByText('Make a link for a caregiver').click();
  await page.getByLabel('Caregiver’s name').fill('Granny Ann');
  await page.getByRole('button', { name: 'Make a link' }).click();
  const careLink = new URL(await page.getByLabel('The caregiver’s link').inputValue()).pathname;
  const invitation = page.locator('section', { has: page.getByRole('heading', { name: 'Invite another guardian' }) });
  await invitation.getByLabel('Their name').fill('Sam Second');
  await invitation.getByLabel('Their e-mail').fill('sam.second@e2e.test');
  await invitation.getByRole('button', { name: 'Make an invitation link' }).click();
  const invitationLink = new URL(await invitation.getByLabel('The invitation link').inputValue()).pathname;

  const signedOut = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
  const visitor = await signedOut.newPage();
  expect(
    await violationsOn(visitor, [
      '/login',
      careLink,
      `${careLink}/guided`,
      invitationLink,
      '/no-such-page',
      '/care/no-such-link',
      '/invitations/no-such-invitation',
    ]),
  ).toEqual([]);
  await signedOut.close();
});

test('a parent’s and a therapist’s pages in Russian pass axe', async ({ browser, baseURL }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT', therapist: 'THERAPIST' },
    children: {
      ada: onRunningCourse({ firstName: 'Ada', lastName: 'Axe', location: 'HOME', guardians: ['parent'] }),
      bea: onRunningCourse({ firstName: 'Bea', lastName: 'Axe', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const { ada, bea } = children;
  const childPath = `/children/${ada.patientId}`;
  const family = await browser.newContext({ baseURL, locale: 'ru-RU', viewport: PHONE });
  const clinic = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const parent = await family.newPage();
    await signIn(parent, accounts.parent);
    await expect(parent.locator('html')).toHaveAttribute('lang', 'ru');
    const therapist = await clinic.newPage();
    await signIn(therapist, accounts.therapist);
    await expect(therapist.locator('html')).toHaveAttribute('lang', 'ru');
    expect([
      ...(await violationsOn(parent, ['/children', childPath, `${childPath}/guided`, `${childPath}/handout`])),
      ...(await violationsOn(therapist, ['/sessions?view=day', bea.coursePath, '/attention', '/guidelines'])),
    ]).toEqual([]);
  } finally {
    await family.close();
    await clinic.close();
  }
});
