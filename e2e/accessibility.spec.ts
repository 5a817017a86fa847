import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';
import { openLatestEmailLink, seriousViolations } from './support';

test('the public pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/sign-in', '/sign-in/link', '/sign-up']) {
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
  await page.getByRole('link', { name: 'Progress by behavior' }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  expect(await seriousViolations(page), 'progress').toEqual([]);
  await page.goBack();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /Timeline/ })).toBeVisible();
  expect(await seriousViolations(page), 'timeline').toEqual([]);
  await page.goBack();
  await page.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'team').toEqual([]);
});
