import { devices, expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';
import { daysFromToday, expectNoSeriousViolations, openCoupleTab, signInByLink, unique } from './support';

// Times read in the practice's zone (New York) with its name, whatever the browser's zone.
const OUR_HOURS = /4:45\s–\s5:45\sPM\sE[SD]T/;

test('a counselor books a video session from the couple page; a partner sees it on the portal home', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const link = `https://meet.example.com/e2e-${unique()}`;

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('priya@harbor.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Robin Okafor & Chris Okafor' }).click();
  await openCoupleTab(page, 'Sessions and notes');

  const upcoming = page.getByRole('list', { name: 'Upcoming sessions' });
  await expect(upcoming.getByRole('listitem')).toHaveCount(1);
  const past = page.getByRole('list', { name: 'Past sessions' });
  await expect(past.getByRole('button', { name: 'Attended', pressed: true })).toBeVisible();

  const form = page.getByRole('form', { name: 'Schedule a session' });
  await form.getByLabel('Date').fill(daysFromToday(9));
  await form.getByLabel('Start time').fill('16:45');
  await form.getByLabel('Length (minutes)').fill('60');
  await form.getByRole('radio', { name: 'Video' }).check();
  await form.getByLabel('Meeting link').fill('http://not-secure.example.com');
  await form.getByRole('button', { name: 'Schedule session' }).click();
  await expect(form.getByText('Enter the meeting link, starting with https://')).toBeVisible();
  await form.getByLabel('Meeting link').fill(link);
  await form.getByRole('button', { name: 'Schedule session' }).click();
  await expect(form.getByText(/Session booked for/)).toContainText(OUR_HOURS);

  await expect(upcoming.getByRole('listitem')).toHaveCount(2);
  const ours = upcoming.getByRole('listitem').filter({ hasText: OUR_HOURS });
  await expect(ours.getByText('Video · 60 min')).toBeVisible();
  await expect(ours.getByRole('link', { name: 'Meeting link' })).toHaveAttribute('href', link);
  await expect(ours.getByText('No note yet')).toBeVisible();
  await expectNoSeriousViolations(page, 'couple page with sessions');

  // The couple's timeline has it too, with last week's attended session further down.
  await page.getByRole('link', { name: 'Timeline' }).click();
  const events = page.getByRole('list', { name: 'Events, newest first' });
  await expect(events.getByRole('listitem').filter({ hasText: OUR_HOURS })).toContainText('Scheduled');
  await expect(events.getByRole('listitem').filter({ hasText: 'Attended' })).toHaveCount(1);
  await expect(events.getByText(/Homework assigned for both partners/)).toHaveCount(2);
  await expectNoSeriousViolations(page, 'couple timeline');

  // Robin signs in on a phone by email link and finds the session on the portal home.
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const robin = await phone.newPage();
  const email = 'robin.okafor@clients.example';
  await signInByLink(robin, email, 'Robin');

  const sessions = robin.getByRole('region', { name: 'Upcoming sessions' });
  const booked = sessions.getByRole('listitem').filter({ hasText: OUR_HOURS });
  await expect(booked).toBeVisible();
  await expect(booked.getByText('Video · 60 minutes')).toBeVisible();
  await expect(booked.getByRole('link', { name: 'Open the video link' })).toHaveAttribute('href', link);
  await expectNoSeriousViolations(robin, 'portal home with sessions');
  await phone.close();
});

test('the booking form’s dates are the practice’s, in a browser on another day, with no hydration error', async ({
  browser,
}) => {
  const nyToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
  const dateIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  // One of these two is always on another calendar day than New York.
  const timezoneId = dateIn('Pacific/Kiritimati') !== nyToday ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('priya@harbor.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Robin Okafor & Chris Okafor' }).click();
  await openCoupleTab(page, 'Sessions and notes');

  const date = page.getByRole('form', { name: 'Schedule a session' }).getByLabel('Date');
  await expect(date).toHaveAttribute('min', nyToday);
  const [y, m, d] = nyToday.split('-').map(Number) as [number, number, number];
  await expect(date).toHaveValue(new Date(Date.UTC(y, m - 1, d + 7)).toISOString().slice(0, 10));
  await page.waitForLoadState('networkidle');
  expect(errors.filter((e) => /hydrat|#418|#425/i.test(e))).toEqual([]);
  await context.close();
});
