import { expect, test } from '@playwright/test';
import { fromOwnAddress, openLatestEmailLink, unique } from './support';

test('a client signs in by email link on a phone; the link works once', async ({ page }) => {
  const email = 'alex.rivera@clients.example';
  await page.goto('/sign-in/link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('a sign-in link is on its way')).toBeVisible();

  await openLatestEmailLink(page, email, 'magic');
  const landing = page.url();
  // Opening the link alone signs nobody in: only the button does.
  await expect(page.getByRole('button', { name: 'Sign in to Ninefold' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await expect(page.getByRole('heading', { name: 'Hi Alex' })).toBeVisible();
  await expect(page.getByText('Alex Rivera & Sam Rivera')).toBeVisible();

  // On a phone Sign out is on the You page; on a desk it is also in the header.
  await page.getByRole('link', { name: 'You', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await page.goto(landing);
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await expect(page.getByRole('heading', { name: 'This sign-in link no longer works' })).toBeVisible();
});

test('the fourth link for one address in 15 minutes is refused out loud; the address stays', async ({
  page,
}) => {
  await fromOwnAddress(page);
  const email = `limit.${unique()}@e2e.example`;
  for (let request = 1; request <= 4; request++) {
    await page.goto('/sign-in/link');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page.getByRole('button', { name: 'Email me a sign-in link' })).toBeEnabled();
    if (request < 4) await expect(page.getByText('a sign-in link is on its way')).toBeVisible();
  }
  const refused = page.locator('#main').getByRole('alert');
  await expect(refused).toHaveText(
    /^Too many links were asked for\. Wait (1 minute|([2-9]|1[0-5]) minutes) and try again, or sign in with a password if you have one\.$/,
  );
  await expect(refused).toBeVisible();
  await expect(page.getByText('a sign-in link is on its way')).toHaveCount(0);
  await expect(page.getByLabel('Email')).toHaveValue(email);
});
