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
