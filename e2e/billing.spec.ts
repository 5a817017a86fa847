import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { LOCAL_STRIPE_KEY } from '../server/billing/stripe-client';
import { asLegacyInvoice, LEGACY_API_VERSION } from '../server/billing/webhook/testing/stripe-objects';
import { postStripeEvent } from './stripe-webhook';
import { expectNoSeriousViolations, signUpPractice } from './support';

test('the owner starts checkout on the local Stripe, pays, and sees the plan active with its seats', async ({
  page,
  request,
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
  await expectNoSeriousViolations(page, 'local checkout');
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

  // An event from a webhook endpoint set to an older API version: it still syncs, and owners are told.
  const href = await page.getByRole('link', { name: /View invoice/ }).getAttribute('href');
  const invoiceId = href!.split('/').pop()!;
  const invoice = await request.get(`/v1/invoices/${invoiceId}`, {
    headers: { Authorization: `Bearer ${LOCAL_STRIPE_KEY}` },
  });
  expect(invoice.ok()).toBe(true);
  const delivered = await postStripeEvent(request, {
    id: `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: LEGACY_API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'invoice.paid',
    data: { object: asLegacyInvoice(await invoice.json()) },
  });
  expect(delivered.status()).toBe(200);
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: `API version ${LEGACY_API_VERSION}` }),
  ).toBeVisible();
  await expect(plan).toContainText('Active');
  await expectNoSeriousViolations(page, 'billing page with the API version notice');
});
