import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, newPerson, openLatestEmailLink, signUpPractice, unique } from './support';

async function addCouple(page: Page, names: [string, string]) {
  const tag = unique();
  for (const [index, name] of names.entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(name);
    await group.getByLabel('Email').fill(`${name.split(' ')[0]?.toLowerCase()}.${tag}@e2e.example`);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await expect(page.getByRole('link', { name: names.join(' & ') })).toBeVisible();
}

test('the owner moves some of a counselor’s couples to another, choosing them by keyboard', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUpPractice(page);
  await addCouple(page, ['Robin Avery', 'Jordan Avery']);
  await page.reload();
  await addCouple(page, ['Sam Lee', 'Alex Lee']);

  // A counselor joins to take some of them.
  const counselorEmail = `counselor.${unique()}@e2e.example`;
  await page.getByRole('link', { name: 'Team' }).click();
  const inviteForm = page.getByRole('form', { name: 'Invite a team member' });
  await inviteForm.getByLabel('Email').fill(counselorEmail);
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${counselorEmail}.`)).toBeVisible();
  const counselor = await newPerson(browser);
  await openLatestEmailLink(counselor.page, counselorEmail, 'invite');
  await counselor.page.getByLabel('Your name').fill('Casey Counselor');
  await counselor.page.getByLabel('Choose a password').fill('a long enough password');
  await counselor.page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(counselor.page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();

  await page.reload();
  const form = page.getByRole('form', { name: 'Reassign couples' });
  await form.getByLabel('From').selectOption({ label: 'Olivia Owner' });
  const couples = form.getByRole('group', { name: 'Couples to move' });
  const robin = couples.getByRole('checkbox', { name: 'Robin Avery & Jordan Avery' });
  const sam = couples.getByRole('checkbox', { name: 'Sam Lee & Alex Lee' });
  // All of them to begin with.
  await expect(robin).toBeChecked();
  await expect(sam).toBeChecked();
  await expect(couples.getByText('2 of 2 selected.')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Move all 2 couples' })).toBeVisible();
  await expectNoSeriousViolations(page, 'team page with couples to reassign');

  // Keyboard only: leave Sam and Alex out, choose Casey, send.
  await robin.focus();
  await page.keyboard.press('Tab');
  await expect(sam).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sam).not.toBeChecked();
  await expect(couples.getByText('1 of 2 selected.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('To')).toBeFocused();
  await form.getByLabel('To').selectOption({ label: 'Casey Counselor' });
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Move 1 couple' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByText('1 couple moves to Casey Counselor.')).toBeVisible();
  await expect(robin).toHaveCount(0);
  await expect(sam).toBeChecked();

  // Casey's caseload now has Robin and Jordan.
  await counselor.page.reload();
  await expect(counselor.page.getByRole('link', { name: 'Robin Avery & Jordan Avery' })).toBeVisible();
  await counselor.context.close();
});
