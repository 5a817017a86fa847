import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';
import { openCoupleTab, openLatestEmailLink, openStaffSection, seriousViolations } from './support';

test('the public pages have no serious accessibility violations', async ({ page }) => {
  // Eight pages, each waiting for its title and a full axe run.
  test.setTimeout(180_000);
  for (const path of [
    '/',
    '/sign-in',
    '/sign-in/link',
    '/sign-up',
    '/sign-up/confirm?token=spent',
    '/magic?expired=1',
    '/invite?token=spent',
    '/unsubscribe?token=spent',
  ]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('the client portal has no serious accessibility violations', async ({ page }) => {
  const email = 'drew.patel@clients.example';
  await page.goto('/sign-in/link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('a sign-in link is on its way')).toBeVisible();
  await openLatestEmailLink(page, email, 'magic');
  expect(await seriousViolations(page), 'magic link landing').toEqual([]);
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await expect(page.getByRole('heading', { name: 'Hi Drew' })).toBeVisible();
  expect(await seriousViolations(page), 'portal home').toEqual([]);
});

test('the counselor pages have no serious accessibility violations', async ({ page }) => {
  // Eleven pages, each checked by axe (a few seconds apiece on a busy 2-core machine).
  test.setTimeout(180_000);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('theo@northside.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  expect(await seriousViolations(page), 'caseload').toEqual([]);
  await page.getByRole('link', { name: 'Digest', description: /Drew Patel & Riley Patel/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Before the session: Drew Patel & Riley Patel' }),
  ).toBeVisible();
  expect(await seriousViolations(page), 'digest').toEqual([]);
  await page.getByRole('link', { name: 'Back to the caseload' }).click();
  await page.getByRole('link', { name: 'Drew Patel & Riley Patel' }).click();
  await expect(page.getByRole('heading', { name: 'Drew Patel & Riley Patel' })).toBeVisible();
  expect(await seriousViolations(page), 'couple').toEqual([]);
  for (const tab of ['Homework', 'Sessions and notes', 'Progress', 'Measures', 'Safety', 'File']) {
    await openCoupleTab(page, tab);
    expect(await seriousViolations(page), tab).toEqual([]);
  }
  await openCoupleTab(page, 'Sessions and notes');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /Timeline/ })).toBeVisible();
  expect(await seriousViolations(page), 'timeline').toEqual([]);
  await openStaffSection(page, 'Team');
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'team').toEqual([]);
});
