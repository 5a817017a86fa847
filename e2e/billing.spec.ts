import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signUpPractice } from './support';

test('the owner starts checkout on the local Stripe, pays, and sees the plan active with its seats', async ({
  page,
}) => {
  await signUpPractice(page);
  await page.getByRole('link', { name: 'Billing' }).click();
  await expect(page.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  await expect(page.getByText('Free trial')).toBeVisible();
  await expectNoSeriousViolations(page, 'billing page in the trial');

  const choose = page.getByRole('form', { name: 'Choose a plan' });
  await choose.getByRole('radio', { name: /Group/ }).check();
  await choose.getByLabel('Counselor seats').fill('3');
  await expect(choose.getByText('$147 a month')).toBeVisible();
  await choose.getByRole('button', { name: 'Continue to checkout' }).click();

  await expect(page.getByRole('heading', { name: 'Local test checkout' })).toBeVisible();
  await expect(page.getByText('Group')).toBeVisible();
  await page.getByRole('button', { name: 'Pay' }).click();

  await expect(page).toHaveURL(/\/billing\?checkout=done/);
  // Stripe's webhook sets the plan; the page may arrive first, so it is reloaded until it shows.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Active', { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const plan = page.getByRole('region', { name: 'Your plan' });
  await expect(plan).toContainText('Group');
  await expect(plan).toContainText('1 used of 3');
  await expect(page.getByRole('list', { name: 'Recent invoices' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Manage billing' })).toBeVisible();
  await expectNoSeriousViolations(page, 'billing page with a plan');
});
