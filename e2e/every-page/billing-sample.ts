// The local Stripe pages need a checkout, a billing portal session and an invoice. They are made
// in a practice of their own (signed up for the purpose), so the demo practices stay in their trial.
import type { Browser } from '@playwright/test';
import { z } from 'zod';
import { signUpPractice } from '../support';
import { newPerson } from './people';
import { trpcMutation, trpcQuery } from './trpc';

const ZRedirect = z.object({ url: z.string() });
const ZInvoices = z.object({ recentInvoices: z.array(z.object({ url: z.string().nullable() })) });
const lastSegment = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

export async function billingSample(browser: Browser, baseURL: string) {
  const { context, page } = await newPerson(browser, 'owner', baseURL);
  try {
    await signUpPractice(page);
    const practiceId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const checkout = () =>
      trpcMutation(page.request, {
        practiceId,
        path: 'billing.startCheckout',
        input: { plan: 'solo', seats: 1 },
        output: ZRedirect,
      });
    // One checkout stays open for its picture; a second one is paid, for an invoice and a portal.
    const open = await checkout();
    const paid = await checkout();
    await page.goto(new URL(paid.url).pathname);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/billing/);
    let invoiceUrl: string | null | undefined;
    for (let tries = 0; !invoiceUrl && tries < 40; tries++) {
      if (tries) await page.waitForTimeout(500);
      const overview = await trpcQuery(page.request, {
        practiceId,
        path: 'billing.overview',
        output: ZInvoices,
      });
      invoiceUrl = overview.recentInvoices[0]?.url;
    }
    if (!invoiceUrl) throw new Error('the paid checkout made no invoice');
    const portal = await trpcMutation(page.request, {
      practiceId,
      path: 'billing.openPortal',
      output: ZRedirect,
    });
    return {
      checkoutSessionId: lastSegment(open.url),
      invoiceId: lastSegment(invoiceUrl),
      portalSessionId: lastSegment(portal.url),
    };
  } finally {
    await context.close();
  }
}
