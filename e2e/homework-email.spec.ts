import { devices, expect, test } from '@playwright/test';
import { openCoupleTab, openLatestEmailLink, signUpPractice, unique, waitForMail } from './support';

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
  // Robin reads email late at night, so turns quiet hours off (by default reminders wait for morning).
  await robinPage.getByRole('link', { name: 'You', exact: true }).click();
  await robinPage.getByRole('link', { name: 'Email notifications' }).click();
  await robinPage.getByRole('checkbox', { name: /Hold reminders during quiet hours/ }).uncheck();
  await robinPage.getByRole('button', { name: 'Save email settings' }).click();
  await expect(robinPage.getByText('Email settings saved.')).toBeVisible();

  await page.getByRole('link', { name: 'Robin Hale & Jordan Hale' }).click();
  await openCoupleTab(page, 'Homework');
  const assign = page.getByRole('form', { name: 'Assign homework' });
  await assign.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await assign.getByRole('checkbox', { name: 'What comforts me' }).check();
  await assign.getByRole('button', { name: 'Assign homework' }).click();
  await expect(assign.getByText('Assigned 1 exercise to both partners')).toBeVisible();

  // Discreet by default: the inbox shows neither the practice nor what the email is about.
  const mail = await waitForMail(robinPage, robin.email, (p) =>
    p.getByRole('article', { name: 'You have something new waiting' }),
  );
  await expect(mail).toContainText('From "Account notifications"');
  await expect(mail).not.toContainText(practiceName);
  await expect(mail).not.toContainText(/homework|counsel/i);
  // A shared inbox may be read by the other partner: the email names no exercise.
  await expect(mail).not.toContainText('What comforts me');
  const href = await mail.locator('a[href*="/portal/"]').first().getAttribute('href');
  if (!href) throw new Error('the homework email has no portal link');
  const unsubscribeHref = await mail.locator('a[href*="/unsubscribe?token="]').first().getAttribute('href');
  await robinPage.goto(new URL(href).pathname);
  await expect(robinPage.getByRole('link', { name: 'What comforts me' })).toBeVisible();

  // The email's unsubscribe link works without signing in, and asks before it changes anything.
  if (!unsubscribeHref) throw new Error('the homework email has no unsubscribe link');
  const stranger = await browser.newContext({ ...devices['Pixel 7'] });
  const landing = await stranger.newPage();
  await landing.goto(new URL(unsubscribeHref).pathname + new URL(unsubscribeHref).search);
  await expect(landing.getByRole('heading', { name: 'Unsubscribe from these emails?' })).toBeVisible();
  await landing.getByRole('button', { name: 'Stop homework reminders' }).click();
  await expect(landing.getByRole('status')).toContainText('You are unsubscribed');
  await stranger.close();

  await robinPage.goto(robinPage.url().replace(/\/portal\/([^/]+).*/, '/portal/$1/notifications'));
  await expect(robinPage.getByRole('checkbox', { name: /Homework reminders/ })).not.toBeChecked();
  await phone.close();
});
