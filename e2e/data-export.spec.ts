import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoSeriousViolations, openLatestEmailLink, signUpPractice } from './support';

test('an owner exports the practice, follows it to ready and downloads the ZIP', async ({ page }) => {
  await signUpPractice(page);
  await page.getByRole('link', { name: 'Data export' }).click();
  await expect(page.getByRole('heading', { name: 'Data export' })).toBeVisible();
  await expect(page.getByText('No exports yet.')).toBeVisible();
  await expectNoSeriousViolations(page, 'data export, empty');

  await page.getByRole('button', { name: 'Export all practice data' }).click();
  // The list polls while the worker builds it: waiting or in progress, then ready.
  const exports = page.getByRole('list', { name: 'Exports' });
  await expect(exports).toContainText(/Waiting to start|Being prepared|Ready/);
  const link = page.getByRole('link', { name: /Download ZIP/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await expect(exports).toContainText('kept until');
  await expectNoSeriousViolations(page, 'data export, ready');

  const download = page.waitForEvent('download');
  await link.click();
  const file = await (await download).path();
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  expect(Object.keys(zip)).toEqual(
    expect.arrayContaining([
      'manifest.json',
      'couples/couples.csv',
      'couples/couples.json',
      'audit_events/audit_events.csv',
    ]),
  );
  const manifest = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array()));
  expect(manifest.format).toBe('ninefold-practice-export');
  expect(strFromU8(zip['couples/couples.csv'] ?? new Uint8Array())).toMatch(/^practice_id,id,counselor_id/);
  expect(strFromU8(zip['audit_events/audit_events.csv'] ?? new Uint8Array())).toContain('export.requested');
});

test('a client downloads their own data and deletes their private answers', async ({ page }) => {
  const email = 'noa.levi@clients.example';
  await page.goto('/sign-in/link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await openLatestEmailLink(page, email, 'magic');
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await page.getByRole('link', { name: 'You', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expectNoSeriousViolations(page, 'your data');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download your data' }).click();
  const data = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(data).toMatchObject({ format: 'ninefold-client-export', me: { displayName: 'Noa Levi' } });
  expect(JSON.stringify(data)).not.toMatch(/content_ciphertext|sections/);

  await page.getByRole('button', { name: 'Delete my private answers' }).click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoSeriousViolations(page, 'your data, confirming');
  await page.getByRole('button', { name: 'Delete them' }).click();
  await expect(
    page.getByText(/You had no private answers to delete|Deleted \d+ private answers?\./),
  ).toBeVisible();
});
