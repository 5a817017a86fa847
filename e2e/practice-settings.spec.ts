import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signUpPractice } from './support';

test('the owner sets the practice time zone and the session note template', async ({ page }) => {
  await signUpPractice(page);
  await page.getByRole('navigation', { name: 'Practice' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Practice settings' })).toBeVisible();
  await expectNoSeriousViolations(page, 'practice settings');
  await page.getByLabel('Time zone').selectOption('Europe/Lisbon');
  await page.getByLabel('Session note template').selectOption('soap');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Lisbon');
  await expect(page.getByLabel('Session note template')).toHaveValue('soap');
});
