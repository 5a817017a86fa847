import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signUpPractice } from './support';

test('an owner filters the audit log, sees the chain verified and downloads the events as CSV', async ({
  page,
}) => {
  await signUpPractice(page);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/Chain verified: all \d+ events are intact/);
  await expectNoSeriousViolations(page, 'audit log');

  await page.getByLabel('Action').selectOption('practice.created');
  await page.getByLabel('From (UTC day)').fill('2000-01-01');
  await page.getByRole('button', { name: 'Show events' }).press('Enter');
  await expect(page).toHaveURL(/action=practice\.created/);
  // Said in words, with the address the request came from (the suite's proxy reports 10.x.x.x).
  const created = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Created the practice' }) });
  await expect(created).toHaveCount(1);
  await expect(created.getByRole('cell', { name: /^10\.\d+\.\d+\.\d+$/ })).toHaveCount(1);
  await expect(page.getByLabel('Action')).toHaveValue('practice.created');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download these events as CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'seq,time_utc,person_id,person,action,target_type,target_id,ip,user_agent,metadata,hash,action_label',
  );
  expect(csv).toContain(',practice.created,');
  expect(csv).toContain(',Created the practice\r\n');
  expect(csv.trim().split('\r\n')).toHaveLength(2);

  await page.getByLabel('From (UTC day)').fill('2999-01-01');
  await page.getByRole('button', { name: 'Show events' }).click();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
});
