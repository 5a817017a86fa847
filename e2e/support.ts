import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, devices, expect, type Locator, type Page } from '@playwright/test';

export const unique = () => randomBytes(4).toString('hex');
const randomOctet = () => 1 + ((randomBytes(1)[0] ?? 0) % 254);

/** Later requests come from an address of their own, as the trusted proxy would report it. */
export async function fromOwnAddress(page: Page) {
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `10.${randomOctet()}.${randomOctet()}.${randomOctet()}`,
  });
}

/** Journey (a): a new practice signs up, confirms its email, and its owner lands on the caseload. */
export async function signUpPractice(page: Page, practiceName = `Practice ${unique()}`) {
  const email = `owner.${unique()}@e2e.example`;
  const password = 'correct horse battery';
  // Each new practice signs up from its own office, as the trusted proxy would report it (the
  // suite's server trusts one, TRUSTED_PROXY_HOPS=1): the suite creates more practices than one
  // address may in an hour (RATE_LIMITS.signUpPerIp).
  await fromOwnAddress(page);
  await fillSignUpForm(page, { practiceName, email, password });
  await expect(page.getByText(SIGN_UP_SENT)).toBeVisible();
  await openLatestEmailLink(page, email, 'sign-up/confirm');
  await expect(page.getByRole('heading', { name: `Finish creating ${practiceName}` })).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  return { email, password, practiceName };
}

/** From the caseload: adds a couple of two new partners with `surname` (Robin and Jordan), both invited. */
export async function addCouple(page: Page, surname: string) {
  const robin = { name: `Robin ${surname}`, email: `robin.${unique()}@e2e.example` };
  const jordan = { name: `Jordan ${surname}`, email: `jordan.${unique()}@e2e.example` };
  for (const [index, partner] of [robin, jordan].entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(partner.name);
    await group.getByLabel('Email').fill(partner.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await expect(page.getByText('Both were emailed an invitation.')).toBeVisible();
  return { robin, jordan };
}

/** What the sign-up form answers for every address, new or not. */
export const SIGN_UP_SENT = 'Check your email to continue.';

export async function fillSignUpForm(
  page: Page,
  form: { practiceName: string; email: string; password: string; name?: string },
) {
  await page.goto('/sign-up');
  await page.getByLabel('Practice name').fill(form.practiceName);
  await page.getByLabel('Your name').fill(form.name ?? 'Olivia Owner');
  await page.getByLabel('Email').fill(form.email);
  await page.getByLabel('Password').fill(form.password);
  await page.getByRole('button', { name: 'Create practice' }).click();
}

/**
 * Opens the dev mailbox for `to` once everything due for them has been delivered (the worker takes
 * a second or two after the change that wrote a message), and returns what `find` shows there.
 */
export async function waitForMail(page: Page, to: string, find: (page: Page) => Locator) {
  await expect(async () => {
    // The plain text version, whose links a test can follow.
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}&view=text`);
    await expect(page.getByText(/on the way/)).toHaveCount(0, { timeout: 500 });
    await expect(find(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return find(page);
}

/** Follows the newest link of `kind` in the dev mailbox addressed to `to`. */
export async function openLatestEmailLink(
  page: Page,
  to: string,
  kind: 'invite' | 'magic' | 'sign-up/confirm',
) {
  const link = await waitForMail(page, to, (p) => p.locator(`a[href*="/${kind}?token="]`).first());
  const href = await link.getAttribute('href');
  if (!href) throw new Error('mail link has no href');
  await page.goto(new URL(href).pathname + new URL(href).search);
}

/** A partner on their phone, signed in through their invitation, on the portal's home. */
export async function partnerOnPhone(browser: Browser, email: string, firstName: string) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  await openLatestEmailLink(page, email, 'invite');
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(page.getByRole('heading', { name: `Hi ${firstName}` })).toBeVisible();
  return { context, page };
}

/** A separate browser session, as a second person on another device. */
export async function newPerson(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** A date `days` from today, as the browser's date input takes it. */
export function daysFromToday(days: number) {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Serious and critical WCAG 2 A/AA violations on the current page, by rule and element. `exclude`
 * leaves parts out, such as frames that may run no script (`sandbox=""`), which axe cannot enter and
 * waits on for minutes.
 */
export async function seriousViolations(page: Page, exclude: string[] = []) {
  // Next streams a page's metadata after its body: after a client-side refresh the <title> can be
  // missing for a moment, which axe would report as the page's fault. Wait for it first.
  await expect(page).toHaveTitle(/\S/);
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) axe.exclude(selector);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoSeriousViolations(page: Page, where: string, exclude: string[] = []) {
  expect(await seriousViolations(page, exclude), where).toEqual([]);
}

/** A partner signs in as they would: asks for a link, opens it from the mailbox, presses the button. */
export async function signInByLink(page: Page, email: string, firstName: string) {
  await page.goto('/sign-in/link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('a sign-in link is on its way')).toBeVisible();
  await openLatestEmailLink(page, email, 'magic');
  await page.getByRole('button', { name: 'Sign in to Ninefold' }).click();
  await expect(page.getByRole('heading', { name: `Hi ${firstName}` })).toBeVisible();
}

/** Opens one of the practice's sections from the staff header; on a phone, through its Menu. */
export async function openStaffSection(page: Page, section: string) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Practice' })
    .getByRole('link', { name: section, exact: true })
    .filter({ visible: true })
    .click();
}

/** Opens one tab of the couple's record (Overview, Homework, Sessions and notes, …) by its label. */
export async function openCoupleTab(page: Page, tab: string) {
  await page
    .getByRole('navigation', { name: 'Couple record' })
    .getByRole('link', { name: tab, exact: true })
    .click();
  await expect(
    page.getByRole('navigation', { name: 'Couple record' }).getByRole('link', { name: tab, exact: true }),
  ).toHaveAttribute('aria-current', 'page');
}
