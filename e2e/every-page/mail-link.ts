// The query (`?token=…`) of the newest link to the page at `path` in the dev mailbox for `to`.
import type { Page } from '@playwright/test';
import { waitForMail } from '../support';

export async function mailedLinkQuery(page: Page, to: string, path: string): Promise<string> {
  await waitForMail(page, to, (p) => p.locator(`a[href*="${path}?token="]`).first());
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  // Whole paths only: `/unsubscribe?token=` is also the tail of `/api/unsubscribe?token=`.
  const link = hrefs
    .map((href) => new URL(href))
    .find((url) => url.pathname === path && url.searchParams.has('token'));
  if (!link) throw new Error(`no link to ${path} in the mail to ${to}`);
  return link.search;
}
