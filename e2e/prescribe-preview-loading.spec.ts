import { expect, test } from '@playwright/test';
import { arrange, signIn } from './fixtures';

/**
 * The prescribe form before its decision's module has arrived (issue 11: the decision and the rule
 * book load after the form has mounted, components/courses/prescribe/use-live-decision.ts). The
 * form shows the decision the server made for its first values, can be filled in meanwhile, and
 * follows the live decision once the module is here. The module is held back by its content (a
 * message only the decision gives), so the test does not depend on the build's chunk names.
 */
test('the prescribe form shows the server’s preview and can be filled in before the decision has loaded', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: {
      baby: {
        firstName: 'Nina',
        lastName: 'Preview',
        ageDays: 150,
        sex: 'FEMALE',
        indication: { kind: 'THERAPEUTIC', diagnosis: 'Muscle hypertonia of the arms', diagnosedDaysAgo: 0 },
      },
    },
  });
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let isDecisionRequested = false;
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('prescription.decision.blocked')) {
      isDecisionRequested = true;
      await released;
    }
    await route.fulfill({ response, body });
  });
  await signIn(page, accounts.doctor);
  await page.goto(`${children.baby.patientPath}/courses/new?indication=${children.baby.indicationId}`);

  const sessionCount = page.getByLabel('Number of sessions');
  const planned = page.getByRole('list', { name: 'Planned sessions' });
  const initialCount = Number(await sessionCount.inputValue());
  await expect(planned.getByRole('listitem')).toHaveCount(initialCount);
  await expect(page.getByRole('button', { name: 'Edit routine' })).toBeVisible();
  await expect.poll(() => isDecisionRequested).toBe(true);

  await sessionCount.fill(String(initialCount - 1));
  await expect(sessionCount).toHaveValue(String(initialCount - 1));
  // Still the server's schedule: the decision has not arrived.
  await expect(planned.getByRole('listitem')).toHaveCount(initialCount);

  release();
  await expect(planned.getByRole('listitem')).toHaveCount(initialCount - 1);
});
