import { type Browser, expect, type Page, test } from '@playwright/test';
import { generate } from 'otplib';
import { expectNoSeriousViolations, newPerson, openLatestEmailLink, signUpPractice, unique } from './support';

const PERIOD_MS = 30_000;
const COUNSELOR_PASSWORD = 'a long enough password';

/** What the person's authenticator app shows now, and the 30-second step it belongs to. */
async function appCode(secret: string) {
  const now = Date.now();
  return {
    code: await generate({ secret, epoch: Math.floor(now / 1000) }),
    step: Math.floor(now / PERIOD_MS),
  };
}

/**
 * A code is accepted once per 30-second step, and up to one step early (clock drift): the code of
 * the step after `usedStep` works at once, as a phone whose clock runs a little fast would show it.
 */
function codeOfStepAfter(secret: string, usedStep: number) {
  return generate({ secret, epoch: ((usedStep + 1) * PERIOD_MS) / 1000 });
}

/** The owner invites a counselor, who joins on their own device and lands on their caseload. */
async function inviteCounselor(owner: Page, browser: Browser) {
  const email = `counselor.${unique()}@e2e.example`;
  await owner.getByRole('link', { name: 'Team' }).click();
  const inviteForm = owner.getByRole('form', { name: 'Invite a team member' });
  await inviteForm.getByLabel('Email').fill(email);
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(owner.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const counselor = await newPerson(browser);
  await openLatestEmailLink(counselor.page, email, 'invite');
  await counselor.page.getByLabel('Your name').fill('Casey Counselor');
  await counselor.page.getByLabel('Choose a password').fill(COUNSELOR_PASSWORD);
  await counselor.page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(counselor.page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  return { ...counselor, email };
}

/** From the account security page: scan-or-type, confirm with a code, keep the recovery codes. */
async function turnOnTwoFactor(page: Page, checkAccessibility = false) {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = ((await page.getByTestId('manual-key').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  if (checkAccessibility) await expectNoSeriousViolations(page, 'two-factor setup step');
  const { code, step } = await appCode(secret);
  await page.getByLabel('Code from the app').fill(code);
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeFocused();
  // The status says what is true while the codes are shown: on already.
  await expect(page.getByText(/^On\. From your next sign-in/)).toBeVisible();
  await expect(page.getByText('Off.')).toHaveCount(0);
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  if (checkAccessibility) await expectNoSeriousViolations(page, 'recovery codes shown once');
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await expect(page.getByText(/^On since/)).toBeVisible();
  return { secret, step };
}

/** Account security and signing out live in the account menu at the top right. */
async function fromAccountMenu(page: Page, item: 'Account security' | 'Sign out') {
  await page.getByRole('button', { name: /account menu/i }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a counselor turns on two-factor sign-in, signs out, and signs back in with a code', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signUpPractice(page);
  const counselor = await inviteCounselor(page, browser);
  const c = counselor.page;

  await fromAccountMenu(c, 'Account security');
  await expect(c.getByRole('heading', { name: 'Account security' })).toBeVisible();
  await expect(c.getByText('Off.')).toBeVisible();
  await expectNoSeriousViolations(c, 'account security, two-factor off');
  const { secret, step } = await turnOnTwoFactor(c, true);
  await expectNoSeriousViolations(c, 'account security, two-factor on');

  await fromAccountMenu(c, 'Sign out');
  await expect(c.getByText('You are signed out.')).toBeVisible();

  // The password alone opens nothing: the code page, and no way past it without a right code.
  await signInWithPassword(c, counselor.email, COUNSELOR_PASSWORD);
  await expect(c.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await expectNoSeriousViolations(c, 'two-factor code page');
  await c.getByLabel('Code').fill('000000');
  await c.getByRole('button', { name: 'Continue' }).click();
  await expect(c.getByText(/That code is not right/)).toBeVisible();
  await c.goto('/home');
  await expect(c.getByRole('heading', { name: 'Sign in to Ninefold' })).toBeVisible();

  // Back on the code page (the challenge is still valid for five minutes), with a fresh code.
  await c.goto('/sign-in/two-factor');
  await c.getByLabel('Code').fill(await codeOfStepAfter(secret, step));
  await c.getByRole('button', { name: 'Continue' }).click();
  await expect(c.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  await counselor.context.close();
});

test('an owner requires two-factor sign-in; a counselor without it is led to set it up at next sign-in', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const { practiceName } = await signUpPractice(page);
  const practicePath = new URL(page.url()).pathname.replace(/\/caseload$/, '');
  const counselor = await inviteCounselor(page, browser);
  const c = counselor.page;
  await fromAccountMenu(c, 'Sign out');
  await expect(c.getByText('You are signed out.')).toBeVisible();

  // The owner turns it on for themselves first, then requires it of everyone.
  await fromAccountMenu(page, 'Account security');
  await turnOnTwoFactor(page);
  await page.getByRole('link', { name: `Back to ${practiceName}` }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const security = page.getByRole('form', { name: 'Sign-in security' });
  await security.getByLabel('Require two-factor sign-in for all staff').check();
  await security.getByRole('button', { name: 'Save sign-in security' }).click();
  await expect(page.getByText('Two-factor sign-in is now required.', { exact: false })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings with the two-factor requirement');

  // The counselor signs in with their password and is led to setup; the practice stays closed.
  await signInWithPassword(c, counselor.email, COUNSELOR_PASSWORD);
  await expect(c.getByRole('heading', { name: 'Account security' })).toBeVisible();
  await expect(c.getByText(`${practiceName} requires two-factor sign-in.`, { exact: false })).toBeVisible();
  await expectNoSeriousViolations(c, 'account security, setup required');
  await c.goto(`${practicePath}/caseload`);
  await expect(c.getByRole('heading', { name: 'Account security' })).toBeVisible();
  await c.goto(`${practicePath}/team`);
  await expect(c.getByRole('heading', { name: 'Account security' })).toBeVisible();

  await turnOnTwoFactor(c);
  await c.getByRole('link', { name: 'Continue to your work' }).click();
  await expect(c.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  await counselor.context.close();
});
