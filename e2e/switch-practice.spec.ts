import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';

test('a counselor in two practices picks one, then switches to the other', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('morgan@harbor.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a practice' })).toBeVisible();
  await page.getByRole('link', { name: 'Harbor Counseling' }).click();
  await expect(page.getByRole('link', { name: 'Alex Rivera & Sam Rivera' })).toBeVisible();

  await page.getByRole('button', { name: /switch practice/ }).click();
  await page.getByRole('menuitemradio', { name: 'Northside Couples Clinic' }).click();
  await expect(page.getByRole('link', { name: 'Sky Moreno & Rae Moreno' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alex Rivera & Sam Rivera' })).toHaveCount(0);
});
