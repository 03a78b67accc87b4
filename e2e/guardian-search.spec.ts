import { expect, test } from '@playwright/test';
import { arrange, signIn, uniqueSuffix } from './fixtures';

/**
 * Issue 11: the new-patient form picks guardians by a server-side search (a combobox), never by
 * a checkbox per parent account, so it stays small however many parents the clinic has.
 */
test('a paediatrician registers a child, picking two guardians by searching, and removes a wrong one', async ({
  page,
}) => {
  const family = `Family${uniqueSuffix()}`;
  const { accounts } = await arrange({
    accounts: {
      doctor: 'PAEDIATRICIAN',
      mother: { role: 'PARENT', name: `Irina ${family}` },
      father: { role: 'PARENT', name: `Pavel ${family}` },
      gone: { role: 'PARENT', name: `Gone ${family}`, deactivated: true },
      therapist: { role: 'THERAPIST', name: `Staff ${family}` },
    },
  });
  await signIn(page, accounts.doctor);
  await page.goto('/patients/new');
  // No account is listed before a search.
  await expect(page.getByText(accounts.mother.name)).toHaveCount(0);

  await page.getByLabel('First name').fill('Lev');
  await page.getByLabel('Last name').fill(family);
  await page.getByLabel('Date of birth').fill('2026-09-01');
  await page.getByLabel('Sex').selectOption('MALE');

  const search = page.getByRole('combobox', { name: /Add a guardian/ });
  await search.fill('Fa');
  await expect(page.getByRole('status').filter({ hasText: 'Type at least 3 letters' })).toBeVisible();
  // Only the active parent accounts match: neither the deactivated one nor staff.
  await search.fill(family);
  const matches = page.getByRole('listbox', { name: 'Matching parent accounts' });
  await expect(matches.getByRole('option')).toHaveText([
    new RegExp(accounts.mother.name),
    new RegExp(accounts.father.name),
  ]);
  // By keyboard: the second match.
  await search.press('ArrowDown');
  await search.press('ArrowDown');
  await search.press('Enter');
  const chosen = page.getByRole('list', { name: 'Chosen guardians' });
  await expect(chosen.getByRole('listitem')).toHaveText([new RegExp(accounts.father.name)]);

  // By email and a click; a chosen parent is not offered again.
  await search.fill(accounts.mother.email);
  await expect(matches.getByRole('option')).toHaveText([new RegExp(accounts.mother.name)]);
  await matches.getByRole('option', { name: new RegExp(accounts.mother.name) }).click();
  await search.fill(family);
  await expect(page.getByRole('status').filter({ hasText: 'No other parent account matches' })).toBeVisible();

  await chosen.getByRole('button', { name: `Remove ${accounts.father.name}` }).click();
  await expect(chosen.getByRole('listitem')).toHaveText([new RegExp(accounts.mother.name)]);

  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Lev ${family}` })).toBeVisible();
  await expect(page.getByText(accounts.mother.name)).toBeVisible();
  await expect(page.getByText(accounts.father.name)).toHaveCount(0);
});

test('the guardian search answers only staff who link guardians, and only a real search', async ({ page, request }) => {
  const family = `Search${uniqueSuffix()}`;
  const { accounts } = await arrange({
    accounts: { parent: { role: 'PARENT', name: `Vera ${family}` }, therapist: 'THERAPIST', admin: 'ADMIN' },
  });
  const search = (q: string) => `/api/guardians?${new URLSearchParams({ q })}`;

  // Must never happen: a signed-out visitor, a parent or a therapist reading the parent accounts.
  expect((await request.get(search(family))).status()).toBe(401);
  for (const account of [accounts.parent, accounts.therapist]) {
    await signIn(page, account);
    const refused = await page.request.get(search(family));
    expect(refused.status()).toBe(403);
    expect(await refused.text()).not.toContain(accounts.parent.email);
    await page.context().clearCookies();
  }

  // Positive control: the admin (who may edit patients) finds her; a too-short search is a 400.
  await signIn(page, accounts.admin);
  const found = await page.request.get(search(family));
  expect(found.status()).toBe(200);
  expect(await found.json()).toEqual({
    matches: [{ id: accounts.parent.id, name: accounts.parent.name, email: accounts.parent.email }],
  });
  const tooShort = await page.request.get(search('ve'));
  expect(tooShort.status()).toBe(400);
  expect(await tooShort.json()).toEqual({ error: 'Type at least 3 letters of the name or email.' });
});
