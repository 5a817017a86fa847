import { expect, test } from '@playwright/test';
import { newPerson, openLatestEmailLink, signUpPractice, unique } from './support';

test('the owner invites a counselor, who sets a password and lands on an empty caseload', async ({
  page,
  browser,
}) => {
  const { practiceName } = await signUpPractice(page);
  const counselorEmail = `counselor.${unique()}@e2e.example`;
  await page.getByRole('link', { name: 'Team' }).click();
  const inviteForm = page.getByRole('form', { name: 'Invite a team member' });
  await inviteForm.getByLabel('Email').fill(counselorEmail);
  await inviteForm.getByLabel('Role').selectOption('counselor');
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${counselorEmail}.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pending invitations' })).toContainText(counselorEmail);

  const counselor = await newPerson(browser);
  await openLatestEmailLink(counselor.page, counselorEmail, 'invite');
  await expect(counselor.page.getByRole('heading', { name: `Join ${practiceName}` })).toBeVisible();
  await counselor.page.getByLabel('Your name').fill('Casey Counselor');
  await counselor.page.getByLabel('Choose a password').fill('a long enough password');
  await counselor.page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(counselor.page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  await expect(counselor.page.getByText('No couples yet')).toBeVisible();
  await expect(counselor.page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  // The invitation is spent: opening it again does not let anyone in.
  await openLatestEmailLink(counselor.page, counselorEmail, 'invite');
  await expect(
    counselor.page.getByRole('heading', { name: 'This invitation no longer works' }),
  ).toBeVisible();
  await counselor.context.close();
});
