import { expect, test, type Page, type Response } from '@playwright/test';
import { clinicToday } from '../lib/clinic-time';
import { addDays } from '../lib/domain/calendar-date';
import { arrange, onRunningCourse, signIn } from './fixtures';

/** The policy's directives by name, each with its list of sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** Checks the headers every response must carry and gives the CSP's script nonce. */
function expectSecurityHeaders(headers: Record<string, string>): string {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'screen-wake-lock=(self)'])
    expect(permissions).toContain(feature);
  // The suite is served over plain HTTP (NEXTAUTH_URL http://localhost:…): no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();

  const policy = parsePolicy(headers['content-security-policy'] ?? '');
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  const scriptSources = policy.get('script-src') ?? [];
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  const nonce = scriptSources.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, 'script-src has a nonce').toBeTruthy();
  expect(policy.get('style-src')).toContain(`'nonce-${nonce}'`);
  return nonce as string;
}

/** A page's headers are right and every script the server sent carries this response's nonce. */
async function expectSecurePage(response: Response | null): Promise<void> {
  expect(response).not.toBeNull();
  const nonce = expectSecurityHeaders((response as Response).headers());
  const html = await (response as Response).text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
}

/** Collects what Chromium reports when the policy blocks something, for the test to assert none. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

// e2e/sign-in.spec.ts signs in through the form (client-side scripts) with the same watch on violations.
test('the sign-in page carries the headers and a fresh nonce on each request', async ({ page, request }) => {
  const first = expectSecurityHeaders((await request.get('/login')).headers());
  const second = expectSecurityHeaders((await request.get('/login')).headers());
  expect(first).not.toBe(second);

  const violations = watchPolicyViolations(page);
  await expectSecurePage(await page.goto('/login'));
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a staff page carries the headers, and a server action still saves', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  const violations = watchPolicyViolations(page);
  await signIn(page, accounts.doctor);
  await expectSecurePage(await page.goto('/patients/new'));
  // Unique per run: this spec's own patient, which no other spec reads.
  const lastName = `Headers${Date.now().toString(36)}`;
  await page.getByLabel('First name').fill('Nora');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Date of birth').fill(addDays(clinicToday(), -120));
  await page.getByLabel('Sex').selectOption('FEMALE');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nora ${lastName}` })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a parent's page carries the headers and shows the course, progress bar included", async ({ page }) => {
  const { accounts } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      sofia: onRunningCourse({ firstName: 'Sofia', lastName: 'Ivanova', location: 'HOME', guardians: ['parent'] }),
    },
  });
  const violations = watchPolicyViolations(page);
  await signIn(page, accounts.parent);
  await expectSecurePage(await page.goto('/children'));
  await page.getByRole('link', { name: /Sofia Ivanova/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofia Ivanova' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /of 10 done/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the not-found page carries the headers, and its link works', async ({ page }) => {
  const violations = watchPolicyViolations(page);
  await expectSecurePage(await page.goto('/no-such-page'));
  await page.getByRole('link', { name: 'Back to your home page' }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(violations).toEqual([]);
});

test('an API route carries the headers: the readiness check, uncached, without sign-in', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  expect(response.headers()['cache-control']).toContain('no-store');
  expectSecurityHeaders(response.headers());
});

test('a server action from another site is refused even when it forges X-Forwarded-Host', async ({
  request,
  baseURL,
}) => {
  const appHost = new URL(baseURL as string).host;
  // An action id no build has: a request that gets past the origin check is answered "unknown action" (400).
  const callAction = (origin: string, headers: Record<string, string> = {}) =>
    request.post('/patients', {
      headers: {
        'Next-Action': '0'.repeat(40),
        Origin: origin,
        'Content-Type': 'text/plain;charset=UTF-8',
        ...headers,
      },
      data: '[]',
    });

  expect((await callAction(`http://${appHost}`)).status()).toBe(400);
  // Refused before the action is looked up (Next.js answers a refused origin with 500).
  expect((await callAction('http://evil.example')).status()).toBe(500);
  expect((await callAction('http://evil.example', { 'X-Forwarded-Host': 'evil.example' })).status()).toBe(500);
});
