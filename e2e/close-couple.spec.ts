import { expect, test } from '@playwright/test';
import {
  daysFromToday,
  expectNoSeriousViolations,
  openCoupleTab,
  partnerOnPhone,
  signUpPractice,
  unique,
} from './support';

test('the counselor closes a couple’s file: the portal turns read-only; reopening makes it answerable again', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUpPractice(page);
  const tag = unique();
  const people = [
    { name: 'Robin Avery', email: `robin.${tag}@e2e.example` },
    { name: 'Jordan Avery', email: `jordan.${tag}@e2e.example` },
  ];
  for (const [index, person] of people.entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(person.name);
    await group.getByLabel('Email').fill(person.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await page.getByRole('link', { name: 'Robin Avery & Jordan Avery' }).click();

  // Homework for both, and a session next week.
  await openCoupleTab(page, 'Homework');
  const assign = page.getByRole('form', { name: 'Assign homework' });
  await assign.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await assign.getByRole('checkbox', { name: 'What comforts me' }).check();
  await assign.getByRole('button', { name: 'Assign homework' }).click();
  await expect(assign.getByText(/Assigned 1 exercise/)).toBeVisible();
  await openCoupleTab(page, 'Sessions and notes');
  const schedule = page.getByRole('form', { name: 'Schedule a session' });
  await schedule.getByLabel('Date').fill(daysFromToday(8));
  await schedule.getByLabel('Start time').fill('10:00');
  await schedule.getByRole('radio', { name: 'Video' }).check();
  await schedule.getByLabel('Meeting link').fill(`https://meet.example.com/e2e-${tag}`);
  await schedule.getByRole('button', { name: 'Schedule session' }).click();
  await expect(schedule.getByText(/Session booked for/)).toBeVisible();

  const robin = await partnerOnPhone(browser, people[0]?.email ?? '', 'Robin');
  await expect(robin.page.getByRole('link', { name: 'What comforts me' })).toBeVisible();

  // Closing asks first, in a dialog that starts on the safe choice and lists what it cancels.
  await openCoupleTab(page, 'File');
  await page.getByRole('button', { name: 'Close file' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Close file' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Close Robin Avery & Jordan Avery’s file?')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep it open' })).toBeFocused();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'close file dialog');
  // Escape backs out without closing anything, and focus returns to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Close file' })).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Reason (optional)').fill('Work finished');
  await dialog.getByRole('button', { name: 'Close file' }).click();
  await expect(page.getByText('Robin Avery & Jordan Avery’s file is closed.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'At a glance' })).toContainText('Closed');
  await expectNoSeriousViolations(page, 'closed couple page');
  await openCoupleTab(page, 'Sessions and notes');
  await expect(page.getByRole('form', { name: 'Schedule a session' })).toHaveCount(0);
  await expect(page.getByText('Sessions cannot be booked for a closed couple.')).toBeVisible();
  await openCoupleTab(page, 'File');

  // Robin can still read, but the portal says it is closed and offers no answer form.
  await robin.page.reload();
  await expect(robin.page.getByText('Your counselor has closed this file.')).toBeVisible();
  await expect(robin.page.getByText('No session booked yet', { exact: false })).toBeVisible();
  await robin.page.getByRole('link', { name: 'What comforts me' }).click();
  await expect(robin.page.getByRole('heading', { name: 'What comforts me' })).toBeVisible();
  await expect(robin.page.getByText('This file is closed, so answers can no longer be sent.')).toBeVisible();
  await expect(robin.page.getByRole('form', { name: 'Your answer' })).toHaveCount(0);
  await expectNoSeriousViolations(robin.page, 'closed file homework page');

  // The counselor reopens it, and Robin can answer again.
  await page.getByRole('button', { name: 'Reopen file' }).click();
  const reopen = page.getByRole('alertdialog', { name: 'Reopen file' });
  await expect(reopen.getByRole('button', { name: 'Keep it closed' })).toBeFocused();
  await expectNoSeriousViolations(page, 'reopen file dialog');
  await reopen.getByRole('button', { name: 'Reopen file' }).click();
  await expect(page.getByText('Robin Avery & Jordan Avery’s file is open again.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'At a glance' })).not.toContainText('Closed');
  await openCoupleTab(page, 'Sessions and notes');
  await expect(page.getByRole('form', { name: 'Schedule a session' })).toBeVisible();

  await robin.page.reload();
  await expect(robin.page.getByText('Your counselor has closed this file.')).toHaveCount(0);
  await expect(robin.page.getByRole('form', { name: 'Your answer' })).toBeVisible();
  await robin.context.close();
});
