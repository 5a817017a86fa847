// Per-address limits hold whatever a caller writes in X-Forwarded-For. The suite's server trusts
// one proxy (TRUSTED_PROXY_HOPS=1 in playwright.config.ts): each request here carries what that
// proxy would pass on, a list the caller started with a fresh forged address every time, and the
// proxy's own entry for the caller's real address last. Only that last entry may count.
import { randomBytes } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { generate } from 'otplib';
import { RATE_LIMITS } from '../server/auth/rate-limit';
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

/**
 * The limits count in fixed windows of the server's clock (this machine's). A run that straddles
 * a window's end starts counting again and is never refused, so a run that needs up to `seconds`
 * first waits for a fresh window when fewer are left in the current one.
 */
async function clearOfWindowEnd(windowSeconds: number, seconds: number) {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < seconds) await new Promise((resolve) => setTimeout(resolve, (left + 1) * 1000));
}

/** A fresh copy of the form for every attempt: React resets a form after its action, racing a fill. */
async function freshForm(page: Page, path: string, realAddress: string) {
  await forgeFrom(page, realAddress);
  await page.goto(path);
}

test('password sign-in: a 31st attempt from one address is refused', async ({ page }) => {
  test.setTimeout(250_000);
  await clearOfWindowEnd(RATE_LIMITS.signInPerIp.windowSeconds, 120);
  const real = `203.0.113.${octet()}`;
  // Each attempt another (unknown) email, so only the per-address limit (30 in 15 minutes) counts.
  for (let attempt = 1; attempt <= 31; attempt++) {
    await freshForm(page, '/sign-in', real);
    await page.getByLabel('Email').fill(`nobody.${unique()}@e2e.example`);
    await page.getByLabel('Password').fill('not the password');
    await submit(page, 'Sign in');
    await expect(
      page.getByText(
        attempt <= 30
          ? 'That email and password do not match an account.'
          : 'Too many attempts. Wait 15 minutes and try again.',
      ),
      `attempt ${attempt}`,
    ).toBeVisible();
  }
});

test('magic link: a 21st request from one address is refused', async ({ page }) => {
  test.setTimeout(250_000);
  await clearOfWindowEnd(RATE_LIMITS.magicLinkPerIp.windowSeconds, 120);
  const real = `203.0.113.${octet()}`;
  for (let attempt = 1; attempt <= 21; attempt++) {
    await freshForm(page, '/sign-in/link', real);
    await page.getByLabel('Email').fill(`nobody.${unique()}@e2e.example`);
    await submit(page, 'Email me a sign-in link');
    await expect(
      page.getByText(
        attempt <= 20
          ? /a sign-in link is on its way/
          : /^Too many links were asked for\. Wait (1 minute|([2-9]|1[0-5]) minutes) and try again/,
      ),
      `attempt ${attempt}`,
    ).toBeVisible();
  }
});

test('sign-up: an 11th sign-up from one address is refused', async ({ page }) => {
  test.setTimeout(250_000);
  await clearOfWindowEnd(RATE_LIMITS.signUpPerIp.windowSeconds, 120);
  const real = `203.0.113.${octet()}`;
  const tooMany = page.getByText('Too many sign-ups asked for. Wait an hour and try again.');
  // A new email address each time, so only the limit per client address can refuse.
  for (let attempt = 1; attempt <= 11; attempt++) {
    await freshForm(page, '/sign-up', real);
    await page.getByLabel('Practice name').fill(`Practice ${unique()}`);
    await page.getByLabel('Your name').fill('Olivia Owner');
    await page.getByLabel('Email').fill(`new.${unique()}@e2e.example`);
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
  test.setTimeout(420_000);
  // Five codes per person in 15 minutes (turning two-factor on used one), 30 per address: eight
  // people with four tries each reach the address limit before anyone reaches their own.
  const PER_PERSON = 4;
  const people = [];
  for (let i = 0; i < 8; i++) people.push(await ownerWithTwoFactor(browser));
  // Its password steps count against the sign-in limit too: another range than that test's.
  const real = `198.51.100.${octet()}`;
  await clearOfWindowEnd(RATE_LIMITS.twoFactorPerIp.windowSeconds, 120);
  let tries = 0;
  for (const [index, person] of people.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await freshForm(page, '/sign-in', real);
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    for (let attempt = 1; attempt <= PER_PERSON && tries < 31; attempt++) {
      tries++;
      await freshForm(page, '/sign-in/two-factor', real);
      await page.getByLabel('Code').fill(await wrongCode(person.secret));
      await submit(page, 'Continue');
      await expect(
        page.getByText(
          tries <= 30 ? /That code is not right/ : 'Too many attempts. Wait 15 minutes and try again.',
        ),
        `person ${index + 1}, attempt ${attempt}`,
      ).toBeVisible();
    }
    await context.close();
  }
  expect(tries).toBe(31);
});
