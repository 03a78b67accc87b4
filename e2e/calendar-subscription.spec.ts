import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, openSharing, signIn } from './fixtures';

// The family's calendar on the phone (issue 9): a private .ics address, then revoked.
test.use({ viewport: { width: 390, height: 844 } });

test('a parent subscribes to the child’s calendar, the address serves the sessions, and a revoked one is refused', async ({
  page,
  playwright,
}) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      mia: onRunningCourse({ firstName: 'Mia', lastName: 'Calendar', location: 'HOME', guardians: ['parent'] }),
    },
  });
  await signIn(page, accounts.parent);
  await openSharing(page, children.mia.patientId);

  await page.getByRole('button', { name: 'Make a calendar link' }).click();
  const linkField = page.getByLabel('Your calendar link');
  await expect(linkField).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const link = await linkField.inputValue();
  const { violations } = await new AxeBuilder({ page }).include('main section:has(h2)').analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
    [],
  );
  await expect(page.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute(
    'href',
    link.replace(/^https?:/, 'webcal:'),
  );

  // A calendar app fetches it with no session cookie.
  const calendarApp = await playwright.request.newContext();
  const served = await calendarApp.get(link);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(served.headers()['cache-control']).toMatch(/private/);
  const ics = await served.text();
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(10);
  expect(ics).toContain('LOCATION:Home');
  expect(ics).toContain('BEGIN:VALARM');

  // The page shows the use, then the parent revokes the address after confirming.
  await page.reload();
  await expect(page.getByText(/Your calendar link was made .* last used (?!never)/)).toBeVisible();
  await page.getByRole('button', { name: 'Revoke the calendar link' }).click();
  await page
    .getByRole('dialog', { name: 'Stop the calendar link?' })
    .getByRole('button', { name: 'Stop the link' })
    .click();
  await expect(page.getByRole('button', { name: 'Make a calendar link' })).toBeVisible();

  const refused = await calendarApp.get(link);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).toBe('This calendar address does not work any more.');
  // With no owner to ask, the refusal speaks the calendar app's language.
  const inRussian = await calendarApp.get(link, { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
  expect(await inRussian.text()).toBe('Этот адрес календаря больше не работает.');
  await calendarApp.dispose();
});
