import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';

test('an owner with no couples of their own lands on the practice’s caseload, and can narrow it to one counselor', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('lena@northside.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'Practice caseload' })).toBeVisible();
  await expect(page.getByText('You have no couples of your own yet')).toBeVisible();
  await expect(page.getByText('3 couples across the practice.')).toBeVisible();
  for (const couple of ['Drew Patel & Riley Patel', 'Noa Levi & Eli Levi', 'Sky Moreno & Rae Moreno'])
    await expect(page.getByRole('link', { name: couple, exact: true })).toBeVisible();

  const filters = page.getByRole('form', { name: 'Filter the caseload' });
  await filters.getByLabel('Counselor').selectOption({ label: 'Theo Marsh' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'Theo Marsh’s caseload' })).toBeVisible();
  await expect(page.getByText('2 couples.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sky Moreno & Rae Moreno', exact: true })).toHaveCount(0);

  await filters.getByLabel('Counselor').selectOption({ label: 'My couples' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  await expect(page.getByText('No couples of your own yet')).toBeVisible();
  await page.getByRole('link', { name: 'See all counselors’ couples' }).click();
  await expect(page.getByRole('heading', { name: 'Practice caseload' })).toBeVisible();
});
