import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, signIn } from './fixtures';

/**
 * A paediatrician reinstates a course cancelled by mistake. Rosa is the test's own child: a daily
 * clinic course of ten with the test's therapist, three sessions done, today's open.
 */

const CANCELLED_FOR = 'Family withdrew.';
const REASON = 'Cancelled on the wrong child: the family is still coming.';

test('the doctor reinstates a cancelled course with a reason; its sessions are planned again and the cancellation stays on record', async ({
  page,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN', therapist: 'THERAPIST' },
    children: {
      rosa: onRunningCourse({ firstName: 'Rosa', lastName: 'Reinstate', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  await signIn(page, accounts.doctor);
  await page.goto(children.rosa.coursePath);

  // A running course has nothing to reinstate.
  await expect(page.getByRole('form', { name: 'Reinstate the course' })).toHaveCount(0);
  const cancelForm = page.getByRole('form', { name: 'Cancel the course' });
  await cancelForm.getByLabel('Reason for cancelling').fill(CANCELLED_FOR);
  await cancelForm.getByRole('button', { name: 'Cancel course' }).click();
  await page
    .getByRole('dialog', { name: 'Cancel this course?' })
    .getByRole('button', { name: 'Cancel the course' })
    .click();
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByText('Cancelled', { exact: true })).toHaveCount(7);

  const form = page.getByRole('form', { name: 'Reinstate the course' });
  const question = page.getByRole('dialog', { name: 'Reinstate this course?' });
  // Going back sends nothing: the course stays cancelled.
  await form.getByLabel('Reason for reinstating').fill(REASON);
  await form.getByRole('button', { name: 'Reinstate course' }).click();
  await question.getByRole('button', { name: 'Keep it cancelled' }).click();
  await expect(question).toBeHidden();
  await page.reload();
  await expect(sessions.getByText('Cancelled', { exact: true })).toHaveCount(7);

  await form.getByLabel('Reason for reinstating').fill(REASON);
  await form.getByRole('button', { name: 'Reinstate course' }).click();
  await question.getByRole('button', { name: 'Reinstate the course' }).click();

  // The seven sessions it still needs are to come again, and the history says what happened.
  await expect(sessions.getByText('Cancelled', { exact: true })).toHaveCount(0);
  await expect(sessions.getByText('Done', { exact: true })).toHaveCount(3);
  await expect(sessions.getByText('Scheduled', { exact: true })).toHaveCount(7);
  const history = page.getByRole('list', { name: 'Reinstatements' });
  await expect(history).toContainText(`Reinstated: ${REASON}`);
  await expect(history).toContainText(`It had been cancelled: ${CANCELLED_FOR}`);
  await expect(page.getByRole('form', { name: 'Cancel the course' })).toBeVisible();
});
