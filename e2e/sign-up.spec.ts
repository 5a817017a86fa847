import { expect, test } from '@playwright/test';
import { signUpPractice } from './support';

test('a new practice signs up and its owner lands on an empty caseload', async ({ page }) => {
  const { practiceName } = await signUpPractice(page);
  await expect(page.getByRole('link', { name: new RegExp(practiceName) })).toBeVisible();
  await expect(page.getByText('No couples yet')).toBeVisible();
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: /practice\.created/ })).toBeVisible();
});

test('sign-up explains what is wrong and keeps the person on the form', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Practice name').fill('Tiny');
  await page.getByLabel('Your name').fill('Pat');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});

test('a wrong password gets the same answer as an unknown email', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('dana@harbor.example');
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const message = page.getByText('That email and password do not match an account.');
  await expect(message).toBeVisible();
  await page.goto('/sign-in');
  await expect(message).toHaveCount(0);
  await page.getByLabel('Email').fill(`nobody.${Date.now()}@nowhere.example`);
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(message).toBeVisible();
});
