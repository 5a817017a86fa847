import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signUpPractice } from './support';

test('the owner sets the practice time zone, office address, answer visibility, note template, client reminder defaults and client email privacy', async ({
  page,
}) => {
  await signUpPractice(page);
  await page.getByRole('navigation', { name: 'Practice' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Practice settings' })).toBeVisible();
  await expectNoSeriousViolations(page, 'practice settings');
  await page.getByLabel('Time zone').selectOption('Europe/Lisbon');
  await page.getByLabel('Office address').fill('12 Elm Street, Suite 4, Portland, OR 97201');
  await page.getByLabel('Session note template').selectOption('soap');
  await page.getByLabel('Who sees a new homework answer').selectOption('couple');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const defaults = page.getByRole('form', { name: 'Client reminder defaults' });
  await defaults.getByRole('checkbox', { name: /^Homework reminders/ }).uncheck();
  await defaults.getByLabel('Quiet from').fill('22:30');
  await defaults.getByRole('button', { name: 'Save reminder defaults' }).click();
  await expect(defaults.getByText('Reminder defaults saved.')).toBeVisible();

  const privacy = page.getByRole('form', { name: 'Client email privacy' });
  // Discreet by default, under a neutral name.
  await expect(privacy.getByRole('checkbox', { name: /^Send clients discreet email/ })).toBeChecked();
  await expect(privacy.getByLabel('Sender name for discreet email')).toHaveValue('Account notifications');
  await privacy.getByLabel('Sender name for discreet email').fill('Harbor <notices>');
  await privacy.getByRole('button', { name: 'Save client email privacy' }).click();
  await expect(privacy.getByText('quotes')).toBeVisible();
  await privacy.getByLabel('Sender name for discreet email').fill('HB notices');
  await privacy.getByRole('checkbox', { name: /^Send clients discreet email/ }).uncheck();
  await privacy.getByRole('button', { name: 'Save client email privacy' }).click();
  await expect(privacy.getByText('Client email privacy saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Lisbon');
  await expect(page.getByLabel('Office address')).toHaveValue('12 Elm Street, Suite 4, Portland, OR 97201');
  await expect(page.getByLabel('Session note template')).toHaveValue('soap');
  await expect(page.getByLabel('Who sees a new homework answer')).toHaveValue('couple');
  await expect(defaults.getByRole('checkbox', { name: /^Homework reminders/ })).not.toBeChecked();
  await expect(defaults.getByRole('checkbox', { name: /^Session reminders/ })).toBeChecked();
  await expect(defaults.getByLabel('Quiet from')).toHaveValue('22:30');
  await expect(privacy.getByRole('checkbox', { name: /^Send clients discreet email/ })).not.toBeChecked();
  await expect(privacy.getByLabel('Sender name for discreet email')).toHaveValue('HB notices');
  await expectNoSeriousViolations(page, 'practice settings with reminder defaults and email privacy');
});
