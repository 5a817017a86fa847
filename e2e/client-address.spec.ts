// Per-address limits hold whatever a caller writes in X-Forwarded-For. The suite's server trusts
// one proxy (TRUSTED_PROXY_HOPS=1 in playwright.config.ts): each request here carries what that
// proxy would pass on, a list the caller started with a fresh forged address every time, and the
// proxy's own entry for the caller's real address last. Only that last entry may count.
import { randomBytes } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { generate } from 'otplib';
import { transformer } from '../server/trpc/transformer';
import { signUpPractice, unique } from './support';

const octet = () => 1 + ((randomBytes(1)[0] ?? 0) % 254);
const forgedAddress = () => `${octet()}.${octet()}.${octet()}.${octet()}`;

/** A new forged address (and a forged copy of the gate's own header) for the next request. */
async function forgeFrom(page: Page, realAddress: string) {
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `${forgedAddress()}, ${forgedAddress()}, ${realAddress}`,
    'x-ninefold-client-address': forgedAddress(),
  });
}

/** Submits the page's form with `button` and waits for the server action's answer. */
async function submit(page: Page, button: string) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: button }).click();
  await answered;
}

test('password sign-in: a 31st attempt from one address is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const real = `203.0.113.${octet()}`;
  await page.goto('/sign-in');
  // Each attempt another (unknown) email, so only the per-address limit (30 in 15 minutes) counts.
  for (let attempt = 1; attempt <= 30; attempt++) {
    await forgeFrom(page, real);
    await page.getByLabel('Email').fill(`nobody.${unique()}@e2e.example`);
    await page.getByLabel('Password').fill('not the password');
    await submit(page, 'Sign in');
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  }
  await forgeFrom(page, real);
  await page.getByLabel('Email').fill(`nobody.${unique()}@e2e.example`);
  await submit(page, 'Sign in');
  await expect(page.getByText('Too many attempts. Wait 15 minutes and try again.')).toBeVisible();
});

test('magic link: a 21st request from one address is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const real = `203.0.113.${octet()}`;
  await page.goto('/sign-in/link');
  for (let attempt = 1; attempt <= 20; attempt++) {
    await forgeFrom(page, real);
    await page.getByLabel('Email').fill(`nobody.${unique()}@e2e.example`);
    await submit(page, 'Email me a sign-in link');
    await expect(page.getByText(/a sign-in link is on its way/)).toBeVisible();
  }
  await forgeFrom(page, real);
  await page.getByLabel('Email').fill(`nobody.${unique()}@e2e.example`);
  await submit(page, 'Email me a sign-in link');
  await expect(page.getByText('Too many links asked for. Wait 15 minutes and try again.')).toBeVisible();
});

test('sign-up: an 11th sign-up from one address is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const real = `203.0.113.${octet()}`;
  const tooMany = page.getByText('Too many sign-ups from here. Try again in an hour.');
  // An address that has an account already: nothing is created, yet each try counts.
  for (let attempt = 1; attempt <= 11; attempt++) {
    await forgeFrom(page, real);
    await page.goto('/sign-up');
    await page.getByLabel('Practice name').fill(`Practice ${unique()}`);
    await page.getByLabel('Your name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('dana@harbor.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await submit(page, 'Create practice');
    if (attempt <= 10) await expect(tooMany).toHaveCount(0);
  }
  await expect(tooMany).toBeVisible();
});

/** A new practice whose owner has turned two-factor sign-in on, through the app's own tRPC calls. */
async function ownerWithTwoFactor(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const owner = await signUpPractice(page);
  const call = async (procedure: string, input: unknown) => {
    const response = await page.request.post(`/api/trpc/${procedure}`, {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify(transformer.serialize(input)),
    });
    expect(response.status(), procedure).toBe(200);
    return transformer.deserialize((await response.json()).result.data) as Record<string, unknown>;
  };
  const { manualKey } = await call('account.twoFactor.beginSetup', undefined);
  const secret = String(manualKey).replace(/\s/g, '');
  await call('account.twoFactor.confirmSetup', {
    code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) }),
  });
  await context.close();
  return { ...owner, secret };
}

/** Six digits that none of the three steps the server accepts right now would show. */
async function wrongCode(secret: string) {
  const now = Math.floor(Date.now() / 1000);
  const valid = await Promise.all([-30, 0, 30].map((d) => generate({ secret, epoch: now + d })));
  return ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code)) ?? '444444';
}

test('two-factor sign-in: a 31st code from one address is refused, spread over people', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Five codes per person are allowed, 30 per address: the seventh person meets the address limit.
  const people = [];
  for (let i = 0; i < 7; i++) people.push(await ownerWithTwoFactor(browser));
  const real = `203.0.113.${octet()}`;
  for (const [index, person] of people.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await forgeFrom(page, real);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    const last = index === people.length - 1;
    for (let attempt = 1; attempt <= (last ? 1 : 5); attempt++) {
      await forgeFrom(page, real);
      await page.getByLabel('Code').fill(await wrongCode(person.secret));
      await submit(page, 'Continue');
      await expect(
        page.getByText(last ? 'Too many attempts. Wait 15 minutes and try again.' : /That code is not right/),
      ).toBeVisible();
    }
    await context.close();
  }
});
