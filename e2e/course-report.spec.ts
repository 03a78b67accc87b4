import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the doctor prints a course report to A4 and downloads the PDF made on the server', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      nora: {
        ...onRunningCourse({ firstName: 'Nora', lastName: 'Report', location: 'CLINIC', therapist: 'therapist' }),
        doctor: 'doctor',
      },
    },
  });
  const { nora } = children;
  await signIn(page, accounts.doctor);
  await page.goto(nora.coursePath);
  await page.getByRole('link', { name: 'Course report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Course report: ${nora.fullName}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contraindications found during the course' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Session 1: \d+ min/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Recorded by' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Printed by the browser to A4: a real PDF, the navigation left out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden();
  const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(printed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A4 is 595 x 842 points; Chromium writes it as 594.96 x 841.92.
  expect(printed.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45][.\d]* 84[12][.\d]*\]/);
  // Ten sessions fit on two pages; a third would be a blank one spilled by the page's padding.
  expect(printed.toString('latin1')).toMatch(/\/Type \/Pages\s*\/Count 2\b/);
  await page.emulateMedia({ media: 'screen' });

  // The server's PDF, through the page's own link.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^course-report-.*\.pdf$/);
  const response = await page.request.get(`/reports/courses/${nora.courseId}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const body = (await response.body()).toString('latin1');
  expect(body.startsWith('%PDF-')).toBe(true);
  // One A4 page at least, counted in the document's page tree.
  expect(body).toMatch(/\/Type \/Pages\s*\/Count [1-9]/);
});

test("a parent opens their own child's report and never another family's", async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT', otherParent: 'PARENT' },
    children: {
      mila: onRunningCourse({ firstName: 'Mila', lastName: 'Family', location: 'HOME', guardians: ['parent'] }),
      omar: onRunningCourse({ firstName: 'Omar', lastName: 'Other', location: 'HOME', guardians: ['otherParent'] }),
    },
  });
  const { mila, omar } = children;

  // Positive control: from the child's page to the report.
  await signIn(page, accounts.parent);
  await page.goto(`/children/${mila.patientId}`);
  await page.getByRole('link', { name: 'Course report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Course report: ${mila.fullName}` })).toBeVisible();
  // The family's copy does not say who recorded each session, as their own page does not.
  await expect(page.getByRole('columnheader', { name: 'Recorded by' })).toHaveCount(0);

  // Must never happen: the other family's report, page or PDF.
  const other = await page.goto(`/reports/courses/${omar.courseId}`);
  expect(other?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await other?.text()) ?? '').not.toContain(omar.lastName);
  const pdf = await page.request.get(`/reports/courses/${omar.courseId}/pdf`);
  expect(pdf.status()).toBe(404);
  expect((await pdf.body()).toString('latin1')).not.toContain('%PDF');
});

test('a therapist is refused the clinic dashboard; the doctor sees it', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { therapist: 'THERAPIST', doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.therapist);
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  for (const path of ['/dashboard', '/dashboard/sessions', '/dashboard/courses']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
  }
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  // Positive control.
  await signIn(page, accounts.doctor);
  await page.getByRole('link', { name: 'Dashboard' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic dashboard' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /Active courses/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Active courses' })).toBeVisible();
});
