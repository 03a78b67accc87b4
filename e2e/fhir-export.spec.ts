import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { arrange, onRunningCourse, openSharing, signIn } from './fixtures';

type Bundle = { resourceType: string; type: string; entry: { fullUrl: string; resource: Record<string, unknown> }[] };

/** Clicks "Download record (FHIR)" and reads the file the browser saved. */
async function downloadRecord(page: Page): Promise<{ fileName: string; bundle: Bundle }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download record (FHIR)' }).click(),
  ]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bundle: JSON.parse(await readFile(path, 'utf8')) as Bundle };
}

test('a parent downloads their own child’s record as FHIR, and another parent gets 404 for it', async ({ page }) => {
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT', otherParent: 'PARENT' },
    children: {
      sofia: onRunningCourse({ firstName: 'Sofia', lastName: 'Fhir', location: 'HOME', guardians: ['parent'] }),
    },
  });
  const { sofia } = children;

  await signIn(page, accounts.parent);
  await openSharing(page, sofia.patientId);
  const { fileName, bundle } = await downloadRecord(page);
  // The browser takes the name as written (filename*); the ASCII one is for older clients.
  expect(fileName).toMatch(new RegExp(`^Sofia ${sofia.lastName} record \\d{4}-\\d{2}-\\d{2}\\.fhir\\.json$`));
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  expect(bundle.entry[0]?.resource).toMatchObject({
    resourceType: 'Patient',
    name: [{ family: sofia.lastName, given: ['Sofia'] }],
  });
  // Her home course: three sessions done at home, the rest to come.
  const types = bundle.entry.map((entry) => entry.resource.resourceType);
  expect(types.filter((type) => type === 'ServiceRequest')).toHaveLength(1);
  expect(types.filter((type) => type === 'Procedure')).toHaveLength(3);

  const response = await page.request.get(`/api/children/${sofia.patientId}/fhir`);
  expect(response.headers()['content-type']).toBe('application/fhir+json; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="sofia-/);

  // Must never happen: another family downloads Sofia's record, by either route.
  await page.context().clearCookies();
  await signIn(page, accounts.otherParent);
  for (const path of [`/api/children/${sofia.patientId}/fhir`, `/api/patients/${sofia.patientId}/fhir`]) {
    const refused = await page.request.get(path);
    expect(refused.status(), path).toBe(404);
    expect(await refused.text(), path).not.toContain(sofia.lastName);
  }
});

test('staff download a child’s record from the patient page; a therapist outside the child’s care gets 404', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST', otherTherapist: 'THERAPIST', parent: 'PARENT' },
    children: {
      leo: onRunningCourse({
        firstName: 'Leo',
        lastName: 'Fhir',
        location: 'CLINIC',
        therapist: 'therapist',
        guardians: ['parent'],
      }),
    },
  });
  const { leo } = children;

  await signIn(page, accounts.doctor);
  await page.goto(leo.patientPath);
  const { bundle } = await downloadRecord(page);
  const resources = bundle.entry.map((entry) => entry.resource);
  expect(resources.find((resource) => resource.resourceType === 'Patient')).toMatchObject({
    name: [{ family: leo.lastName }],
  });
  expect(resources.filter((resource) => resource.resourceType === 'RelatedPerson')).toHaveLength(1);
  expect(resources.filter((resource) => resource.resourceType === 'Practitioner').length).toBeGreaterThanOrEqual(2);

  await page.context().clearCookies();
  await signIn(page, accounts.otherTherapist);
  expect((await page.request.get(`/api/patients/${leo.patientId}/fhir`)).status()).toBe(404);
});
