import { expect, test } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { addDays } from '../lib/domain/calendar-date';
import { arrange, signIn, uniqueSuffix } from './fixtures';
import { databaseRelay, startApp } from './support/app-server';

/**
 * Issue 8: while PostgreSQL cannot be reached, pages answer 503 with Retry-After and a page that
 * says so, /api/health says the database is down, a form sent meanwhile says beside it that nothing
 * was saved and keeps what was typed, and the app recovers by itself once the database is back.
 * This test runs its own copy of the app, whose database connection goes through a relay it can
 * cut, so the shared server is not disturbed.
 */
test('a database outage answers 503, and the app recovers by itself', async ({ browser, request }) => {
  const database = new URL(process.env.DATABASE_URL ?? '');
  const relay = await databaseRelay({ host: database.hostname, port: Number(database.port || 5432) });
  const relayed = new URL(database);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(relay.port);
  const app = await startApp({ DATABASE_URL: relayed.toString() });
  const statusOf = async (path: string) => {
    try {
      return (await request.get(`${app.baseURL}${path}`, { maxRedirects: 0 })).status();
    } catch {
      return 0; // not listening yet
    }
  };
  const context = await browser.newContext({ baseURL: app.baseURL });
  try {
    await expect.poll(() => statusOf('/login'), { timeout: 120_000 }).toBe(200);

    // A form filled in while the database is up, and sent once it is down.
    const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
    const page = await context.newPage();
    await signIn(page, accounts.doctor);
    const lastName = `Outage${uniqueSuffix()}`;
    const dateOfBirth = addDays(clinicToday(), -60);
    await page.goto('/patients/new');
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Date of birth').fill(dateOfBirth);
    await page.getByLabel('Sex').selectOption('FEMALE');

    await relay.cut();
    await expect.poll(() => statusOf('/login')).toBe(503);
    const patients = await request.get(`${app.baseURL}/patients`, { maxRedirects: 0 });
    expect(patients.status()).toBe(503);
    expect(Number(patients.headers()['retry-after'])).toBeGreaterThan(0);
    expect(patients.headers()['content-security-policy']).toContain('nonce-');
    expect(await patients.text()).toContain('It cannot reach its database right now.');
    const health = await request.get(`${app.baseURL}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });

    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: "The clinic's system cannot reach its database right now" }),
    ).toContainText('your entry was not saved. It is still here: send it again in a minute.');
    await expect(page.getByLabel('First name')).toHaveValue('Ada');
    await expect(page.getByLabel('Last name')).toHaveValue(lastName);
    await expect(page.getByLabel('Date of birth')).toHaveValue(dateOfBirth);
    await expect(page.getByLabel('Sex')).toHaveValue('FEMALE');

    await relay.restore();
    await expect.poll(() => statusOf('/login')).toBe(200);
    expect((await request.get(`${app.baseURL}/api/health`)).status()).toBe(200);
    // The same form, sent again as it stands, is saved.
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Ada ${lastName}` })).toBeVisible();
  } finally {
    await context.close();
    await app.stop();
    await relay.cut();
  }
});
