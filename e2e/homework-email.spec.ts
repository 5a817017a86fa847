import { devices, expect, test } from '@playwright/test';
import { openLatestEmailLink, signUpPractice, unique } from './support';

test('a partner gets the invitation, then a homework email that says only that something is waiting, and its link opens the homework', async ({
  page,
  browser,
}) => {
  const { practiceName } = await signUpPractice(page);
  const tag = unique();
  const robin = { name: 'Robin Hale', email: `robin.${tag}@e2e.example` };
  for (const [index, person] of [
    robin,
    { name: 'Jordan Hale', email: `jordan.${tag}@e2e.example` },
  ].entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(person.name);
    await group.getByLabel('Email').fill(person.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();

  // Robin joins from the invitation email, on a phone.
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const robinPage = await phone.newPage();
  await openLatestEmailLink(robinPage, robin.email, 'invite');
  await robinPage.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(robinPage.getByRole('heading', { name: 'Hi Robin' })).toBeVisible();

  await page.getByRole('link', { name: 'Robin Hale & Jordan Hale' }).click();
  const assign = page.getByRole('form', { name: 'Assign homework' });
  await assign.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await assign.getByRole('checkbox', { name: 'What comforts me' }).check();
  await assign.getByRole('button', { name: 'Assign homework' }).click();
  await expect(assign.getByText('Assigned 1 exercise to both partners')).toBeVisible();

  await robinPage.goto(`/dev/mailbox?to=${encodeURIComponent(robin.email)}`);
  const mail = robinPage.getByRole('article', { name: `New homework from ${practiceName}` });
  await expect(mail).toBeVisible();
  // A shared inbox may be read by the other partner: the email names no exercise.
  await expect(mail).not.toContainText('What comforts me');
  const href = await mail.locator('a[href*="/portal/"]').first().getAttribute('href');
  if (!href) throw new Error('the homework email has no portal link');
  await robinPage.goto(new URL(href).pathname);
  await expect(robinPage.getByRole('link', { name: 'What comforts me' })).toBeVisible();
  await phone.close();
});
