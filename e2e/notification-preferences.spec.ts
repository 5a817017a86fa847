import { devices, expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByLink } from './support';

// A phone, whichever project runs this file (a device's browser type cannot be set per file).
const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];
test.use(phone);

test('a client sets quiet hours and how their emails look, on a phone, and the page keeps them', async ({
  page,
}) => {
  const email = 'avery.stone@clients.example';
  await signInByLink(page, email, 'Avery');

  await page.getByRole('link', { name: 'You', exact: true }).click();
  await page.getByRole('link', { name: 'Email notifications' }).click();
  await expect(page.getByRole('heading', { name: 'Email notifications' })).toBeVisible();
  await expectNoSeriousViolations(page, 'email notifications');
  // A client gets no counselor digest; quiet hours start on, 21:00 to 08:00.
  await expect(page.getByLabel('Daily digest')).toHaveCount(0);
  await expect(page.getByLabel('Hold reminders during quiet hours')).toBeChecked();
  await expect(page.getByLabel('Quiet from')).toHaveValue('21:00');

  await page.getByLabel('Quiet from').fill('22:30');
  await page.getByLabel('Quiet until').fill('06:45');
  await page.getByLabel('Your time zone').selectOption('Europe/London');
  await page.getByLabel('Session reminders').uncheck();
  // The practice's default (discreet) until the client chooses; they choose the practice's name.
  const looks = page.getByRole('group', { name: 'How our emails look' });
  await expect(looks.getByRole('radio', { name: /^As the practice set it \(now: discreet\)/ })).toBeChecked();
  await looks.getByRole('radio', { name: /^Show the practice’s name/ }).check();
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Email settings saved.')).toBeVisible();
  // Said beside the button, in view, not at the top of a form taller than the phone.
  await expect(page.getByText('Email settings saved.')).toBeInViewport();

  await page.reload();
  await expect(looks.getByRole('radio', { name: /^Show the practice’s name/ })).toBeChecked();
  await expect(page.getByLabel('Quiet from')).toHaveValue('22:30');
  await expect(page.getByLabel('Quiet until')).toHaveValue('06:45');
  await expect(page.getByLabel('Your time zone')).toHaveValue('Europe/London');
  await expect(page.getByLabel('Session reminders')).not.toBeChecked();
  await expect(page.getByLabel('Homework reminders')).toBeChecked();

  // Equal times are explained, and nothing changes.
  await page.getByLabel('Quiet until').fill('22:30');
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Quiet hours must start and end at different times.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Quiet until')).toHaveValue('06:45');

  // Quiet hours off, kept off.
  await page.getByLabel('Hold reminders during quiet hours').uncheck();
  await expect(page.getByLabel('Quiet from')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Email settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Hold reminders during quiet hours')).not.toBeChecked();
  await expectNoSeriousViolations(page, 'email notifications, quiet hours off');
});
