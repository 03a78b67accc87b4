import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

async function firstLoadJs(page: Page, path: string): Promise<number> {
  const sizes = new Map<string, number>();
  const listener = async (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      sizes.set(response.url(), gzipSync(await response.body()).length);
    } catch {}
  };
  await page.context().clearCookies;
  page.on('response', listener);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', listener);
  return [...sizes.values()].reduce((a, b) => a + b, 0);
}

test('measure', async ({ browser }) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST', parent: 'PARENT' },
    children: {
      nora: {
        ...onRunningCourse({ firstName: 'Nora', lastName: 'Measure', location: 'CLINIC', therapist: 'therapist', guardians: ['parent'] }),
        doctor: 'doctor',
      },
    },
  });
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signIn(page, accounts.doctor);
    // A fresh page with an empty cache for each measure.
    const c2 = await browser.newContext({ viewport: { width, height: 900 }, storageState: await context.storageState() });
    const p2 = await c2.newPage();
    const dash = await firstLoadJs(p2, '/dashboard');
    await p2.screenshot({ path: `/tmp/shot-dashboard-${width}.png`, fullPage: true });
    const c3 = await browser.newContext({ viewport: { width, height: 900 }, storageState: await context.storageState() });
    const p3 = await c3.newPage();
    const rep = await firstLoadJs(p3, `/reports/courses/${children.nora.courseId}`);
    await p3.screenshot({ path: `/tmp/shot-report-${width}.png`, fullPage: true });
    await p3.pdf({ path: '/tmp/printed.pdf', format: 'A4', preferCSSPageSize: true });
    const c4 = await browser.newContext({ viewport: { width, height: 900 }, storageState: await context.storageState() });
    const p4 = await c4.newPage();
    const pat = await firstLoadJs(p4, '/patients');
    console.log(`MEASURE width=${width} dashboard=${dash} report=${rep} patients=${pat}`);
    expect(dash).toBeGreaterThan(0);
  }
});
