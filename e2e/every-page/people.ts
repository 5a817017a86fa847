// Who looks at the pages: a visitor, the demo owner and counselor of one practice, and a partner
// of a couple both of them see. Morgan works in two practices, so the practice chooser and the
// practice switcher are on the pictures too. Each person browses in a context of their own, from
// an address of their own (the server trusts one proxy hop), signed in through the real pages.
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/db/demo-data';
import { signInByLink } from '../support';
import { DESKTOP } from './window-sizes';

export type Role = 'visitor' | 'owner' | 'counselor' | 'partner';
export type Person = { role: Role; context: BrowserContext; page: Page };

const DEMO_OWNER = 'lena@northside.example';
const DEMO_COUNSELOR = 'morgan@harbor.example';
export const DEMO_PARTNER = { email: 'sky.moreno@clients.example', firstName: 'Sky' };

/** A browser context as one person on one device, calling from an address of its own. */
export async function newPerson(browser: Browser, role: Role, baseURL: string): Promise<Person> {
  const octet = () => 1 + (randomBytes(1)[0]! % 254);
  const context = await browser.newContext({
    baseURL,
    viewport: DESKTOP,
    extraHTTPHeaders: { 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` },
  });
  // Next prefetches every link in view; nobody follows them here, and they would load the server.
  await context.route(/[?&]_rsc=/, (route) =>
    route.request().headers()['next-router-prefetch'] ? route.fulfill({ status: 204 }) : route.continue(),
  );
  return { role, context, page: await context.newPage() };
}

async function signInStaff(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Signs everyone in; the partner's portal address names the practice all three share. */
export async function signInEveryone(browser: Browser, baseURL: string) {
  const person = (role: Role) => newPerson(browser, role, baseURL);
  const people: Record<Role, Person> = {
    visitor: await person('visitor'),
    owner: await person('owner'),
    counselor: await person('counselor'),
    partner: await person('partner'),
  };
  await signInByLink(people.partner.page, DEMO_PARTNER.email, DEMO_PARTNER.firstName);
  const practiceId = new URL(people.partner.page.url()).pathname.split('/')[2] ?? '';
  await signInStaff(people.owner.page, DEMO_OWNER);
  await signInStaff(people.counselor.page, DEMO_COUNSELOR);
  return { practiceId, people };
}

/** Each person's page, by role. */
export const pagesOf = (people: Record<Role, Person>) =>
  Object.fromEntries(Object.entries(people).map(([role, p]) => [role, p.page])) as Record<Role, Page>;
