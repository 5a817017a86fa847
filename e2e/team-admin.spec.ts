import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, newPerson, openLatestEmailLink, signUpPractice, unique } from './support';

test('the owner deactivates a signed-in counselor, whose next request goes to sign-in', async ({
  page,
  browser,
}) => {
  await signUpPractice(page);
  const practicePath = new URL(page.url()).pathname.replace(/\/caseload$/, '');
  const counselorEmail = `counselor.${unique()}@e2e.example`;
  await page.getByRole('link', { name: 'Team' }).click();
  const inviteForm = page.getByRole('form', { name: 'Invite a team member' });
  await inviteForm.getByLabel('Email').fill(counselorEmail);
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${counselorEmail}.`)).toBeVisible();

  // The counselor joins and is signed in on their own device.
  const counselor = await newPerson(browser);
  await openLatestEmailLink(counselor.page, counselorEmail, 'invite');
  await counselor.page.getByLabel('Your name').fill('Casey Counselor');
  await counselor.page.getByLabel('Choose a password').fill('a long enough password');
  await counselor.page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(counselor.page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();

  // The owner deactivates them, confirming first.
  await page.reload();
  const members = page.getByRole('table', { name: 'Team members' });
  await expect(members.getByRole('button', { name: 'Deactivate Casey Counselor' })).toBeVisible();
  await expectNoSeriousViolations(page, 'team page with member actions');
  await members.getByRole('button', { name: 'Deactivate Casey Counselor' }).click();
  // The question takes focus on the safe choice, so a keyboard user does not deactivate by accident.
  const question = page.getByRole('alertdialog', { name: 'Deactivate Casey Counselor' });
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await question.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(page.getByText('Casey Counselor is deactivated.')).toBeVisible();
  await expect(members.getByRole('button', { name: 'Reactivate Casey Counselor' })).toBeVisible();

  // Their open session is over: the very next navigation lands on sign-in.
  await counselor.page.getByRole('link', { name: 'Team' }).click();
  await expect(counselor.page.getByRole('heading', { name: 'Sign in to Ninefold' })).toBeVisible();

  // Signing in again does not open the practice.
  await counselor.page.getByLabel('Email').fill(counselorEmail);
  await counselor.page.getByLabel('Password').fill('a long enough password');
  await counselor.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(counselor.page).not.toHaveURL(/\/sign-in/);
  await counselor.page.goto(`${practicePath}/caseload`);
  await expect(counselor.page.getByText('This page could not be found.')).toBeVisible();
  await counselor.context.close();
});
