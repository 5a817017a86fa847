import { randomBytes } from 'node:crypto';
import { type Browser, expect, type Page } from '@playwright/test';

export const unique = () => randomBytes(4).toString('hex');

/** Journey (a): a new practice signs up and its owner lands on the caseload. */
export async function signUpPractice(page: Page, practiceName = `Practice ${unique()}`) {
  const email = `owner.${unique()}@e2e.example`;
  const password = 'correct horse battery';
  await page.goto('/sign-up');
  await page.getByLabel('Practice name').fill(practiceName);
  await page.getByLabel('Your name').fill('Olivia Owner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  return { email, password, practiceName };
}

/** Follows the newest link of `kind` in the dev mailbox addressed to `to`. */
export async function openLatestEmailLink(page: Page, to: string, kind: 'invite' | 'magic') {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const link = page.locator(`a[href*="/${kind}?token="]`).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  if (!href) throw new Error('mail link has no href');
  await page.goto(new URL(href).pathname + new URL(href).search);
}

/** A separate browser session, as a second person on another device. */
export async function newPerson(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}
