import { expect, test } from '@playwright/test';
import {
  fillSignUpForm,
  fromOwnAddress,
  openLatestEmailLink,
  SIGN_UP_SENT,
  signUpPractice,
  unique,
  waitForMail,
} from './support';

test('a new practice signs up and its owner lands on an empty caseload', async ({ page }) => {
  const { practiceName } = await signUpPractice(page);
  await expect(page.getByRole('banner').getByText(practiceName)).toBeVisible();
  await expect(page.getByText('No couples yet')).toBeVisible();
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Created the practice' })).toBeVisible();
});

test('sign-up answers the same for a new address, a staff member and a client', async ({ page }) => {
  const addresses = [`new.${unique()}@e2e.example`, 'priya@harbor.example', 'drew.patel@clients.example'];
  const answers = [];
  for (const email of addresses) {
    await fillSignUpForm(page, {
      practiceName: `Practice ${unique()}`,
      email,
      password: 'correct horse battery',
    });
    const answer = page.locator('#main').getByRole('status');
    await expect(answer).toContainText(SIGN_UP_SENT);
    answers.push(await answer.textContent());
    await expect(page.locator('#main').getByRole('alert')).toHaveText('');
  }
  expect(new Set(answers).size).toBe(1);
  // Only the owner of each inbox learns which it was; a client's copy is discreet by default.
  const notes = {
    'priya@harbor.example': 'Someone tried to sign up for Ninefold with your email',
    'drew.patel@clients.example': 'Someone tried to create an account with your email',
  };
  for (const [email, note] of Object.entries(notes)) {
    await waitForMail(page, email, (p) => p.getByRole('heading', { name: note }));
  }
  await waitForMail(page, 'drew.patel@clients.example', (p) => p.locator('a[href$="/sign-in/link"]').first());
  await waitForMail(page, addresses[0] ?? '', (p) => p.locator('a[href*="/sign-up/confirm?token="]').first());
});

test('the sign-up link needs the password chosen on the form, and works once', async ({ page }) => {
  const email = `owner.${unique()}@e2e.example`;
  const practiceName = `Practice ${unique()}`;
  await fillSignUpForm(page, { practiceName, email, password: 'correct horse battery' });
  await expect(page.getByText(SIGN_UP_SENT)).toBeVisible();
  await openLatestEmailLink(page, email, 'sign-up/confirm');
  const link = page.url();
  await page.getByLabel('Password').fill('not the chosen password');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByText('That is not the password you chose when you signed up.')).toBeVisible();
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This sign-up link no longer works' })).toBeVisible();
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

test.describe('in a browser set to Lisbon', () => {
  test.use({ timezoneId: 'Europe/Lisbon' });

  test('sign-up starts on the browser time zone; an error keeps what was typed and the zone chosen', async ({
    page,
  }) => {
    await page.goto('/sign-up');
    const timeZone = page.getByLabel('Time zone');
    await expect(timeZone).toHaveValue('Europe/Lisbon');
    await page.getByLabel('Practice name').fill('Tiny Practice');
    await timeZone.selectOption('Asia/Tokyo');
    await page.getByLabel('Your name').fill('Pat Lee');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create practice' }).click();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
    await expect(page.getByLabel('Practice name')).toHaveValue('Tiny Practice');
    await expect(timeZone).toHaveValue('Asia/Tokyo');
    await expect(page.getByLabel('Your name')).toHaveValue('Pat Lee');
    await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
    // Only the password is typed again, and the form says so.
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByText('For your safety, type it again.')).toBeVisible();
  });
});

test('a sent sign-up takes the form\'s place; "Use another address" brings the form back', async ({
  page,
}) => {
  await fromOwnAddress(page);
  const practiceName = `Practice ${unique()}`;
  await fillSignUpForm(page, {
    practiceName,
    email: `owner.${unique()}@e2e.example`,
    password: 'correct horse battery',
  });
  const sent = page.getByRole('region', { name: 'Sign-up sent' });
  await expect(sent.getByRole('status')).toContainText(SIGN_UP_SENT);
  await expect(sent).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create practice' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Use another address' }).click();
  await expect(page.getByText(SIGN_UP_SENT)).toHaveCount(0);
  await expect(page.getByLabel('Email')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveValue('');
  await expect(page.getByLabel('Practice name')).toHaveValue(practiceName);
  await expect(page.getByLabel('Your name')).toHaveValue('Olivia Owner');
  await page.getByLabel('Email').fill(`second.${unique()}@e2e.example`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(sent.getByRole('status')).toContainText(SIGN_UP_SENT);
});

test('the sixth password try for one address in 15 minutes is refused out loud; the address stays', async ({
  page,
}) => {
  await fromOwnAddress(page);
  const email = `limit.${unique()}@e2e.example`;
  const refused = page.locator('#main').getByRole('alert');
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(refused).not.toHaveText('');
  }
  await expect(refused).toHaveText('Too many attempts. Wait 15 minutes and try again.');
  await expect(refused).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);
});

test('a wrong password gets the same answer as an unknown email or a client', async ({ page }) => {
  const message = page.getByText('That email and password do not match an account.');
  for (const email of [
    'dana@harbor.example',
    `nobody.${unique()}@nowhere.example`,
    'alex.rivera@clients.example',
  ]) {
    await page.goto('/sign-in');
    await expect(message).toHaveCount(0);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(message).toBeVisible();
  }
});

test('a staff session cookie lasts 12 hours, and the session endpoint shows scripts no session id', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('theo@northside.example');
  await page.getByLabel('Password').fill('ninefold-demo-2026');
  const signedInAt = Date.now() / 1000;
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/p\/[^/]+\/caseload/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie?.expires).toBeGreaterThan(signedInAt + 12 * 3600 - 120);
  expect(cookie?.expires).toBeLessThan(signedInAt + 12 * 3600 + 120);
  const session = await page.evaluate(async () => (await fetch('/api/auth/session')).json());
  expect(Object.keys(session)).toEqual(['expires']);
});

test('a client session cookie lasts 14 days', async ({ page }) => {
  const email = 'drew.patel@clients.example';
  await page.goto('/sign-in/link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('a sign-in link is on its way')).toBeVisible();
  await openLatestEmailLink(page, email, 'magic');
  const signedInAt = Date.now() / 1000;
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await expect(page).toHaveURL(/\/portal\//);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie?.expires).toBeGreaterThan(signedInAt + 14 * 86400 - 120);
  expect(cookie?.expires).toBeLessThan(signedInAt + 14 * 86400 + 120);
});
