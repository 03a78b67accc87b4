import { expect, test, type Page } from '@playwright/test';
import { arrange, signIn } from './fixtures';

/** Malformed requests get a 4xx or a message beside the field, never a 500 (issue 8). */

test('malformed addresses answer 4xx, never 500', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);

  for (const path of ['/patients/%E0%A4%A', '/patients/%C3', '/patients/%FF', '/patients/%00', '/courses/a%01b']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  // Odd ids that are valid text name nothing: not found.
  for (const path of ["/patients/x'%20OR%20'1'='1", `/patients/${'a'.repeat(500)}`, '/sessions/%E2%80%8B']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  // A search that cannot be read falls back to no search.
  const search = await page.request.get('/patients?q=%00&page=%E0%A4%A', { maxRedirects: 0 });
  expect(search.status()).toBe(200);
});

async function fillPatient(page: Page, fields: { first: string; last: string; born: string }): Promise<void> {
  await page.goto('/patients/new');
  await page.getByLabel('First name').fill(fields.first);
  await page.getByLabel('Last name').fill(fields.last);
  await page.getByLabel('Date of birth').fill(fields.born);
  await page.getByLabel('Sex').selectOption('FEMALE');
  await page.getByRole('button', { name: 'Save patient' }).click();
}

test('control characters, zero-width names and dates before 1990 get a message beside the field', async ({ page }) => {
  const { accounts } = await arrange({ accounts: { doctor: 'PAEDIATRICIAN' } });
  await signIn(page, accounts.doctor);

  await fillPatient(page, { first: '\u200B\u200C', last: 'Ok\u0007Bell', born: '1989-12-31' });
  await expect(page.getByLabel('First name')).toHaveAccessibleDescription('First name is required.');
  await expect(page.getByLabel('Last name')).toHaveAccessibleDescription(
    'Last name contains characters that cannot be saved.',
  );
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription(
    'Date of birth cannot be before 1 January 1990.',
  );
  await expect(page).toHaveURL(/\/patients\/new$/);
});
