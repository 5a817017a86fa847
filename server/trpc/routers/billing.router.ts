import { z } from 'zod';
import { billingPlan, subscriptionStatus } from '@/db/schema';
import { stripeClient } from '@/server/billing/stripe-client';
import { billingScope } from '@/server/services/billing/billing-scope';
import { changeSeats, ZChangeSeatsInput } from '@/server/services/billing/change-seats';
import { getBillingOverview } from '@/server/services/billing/get-billing-overview';
import { openBillingPortal } from '@/server/services/billing/open-billing-portal';
import { startCheckout, ZStartCheckoutInput } from '@/server/services/billing/start-checkout';
import { router } from '../init';
import { billingProcedure } from '../procedures';

const ZRedirect = z.object({ url: z.url() });

export const billingRouter = router({
  overview: billingProcedure
    .output(
      z.object({
        plan: z.enum(billingPlan.enumValues).nullable(),
        status: z.enum([...subscriptionStatus.enumValues, 'trial']),
        trialEndsAt: z.date().nullable(),
        seatsBought: z.number().int(),
        seatsUsed: z.number().int(),
        currentPeriodEnd: z.date().nullable(),
        cancelAtPeriodEnd: z.boolean(),
        pastDueSince: z.date().nullable(),
        hasCustomer: z.boolean(),
        nextInvoice: z
          .object({ amountCents: z.number().int(), currency: z.string(), date: z.date().nullable() })
          .nullable(),
        recentInvoices: z.array(
          z.object({
            id: z.string(),
            number: z.string().nullable(),
            createdAt: z.date(),
            amountCents: z.number().int(),
            currency: z.string(),
            status: z.string(),
            url: z.string().nullable(),
          }),
        ),
        invoicesUnavailable: z.boolean(),
        webhookApiVersion: z.object({ received: z.string(), expected: z.string(), at: z.date() }).nullable(),
      }),
    )
    .query(({ ctx }) => getBillingOverview(billingScope(ctx.db, ctx.actor, stripeClient()))),
  startCheckout: billingProcedure
    .input(ZStartCheckoutInput)
    .output(ZRedirect)
    .mutation(({ ctx, input }) => startCheckout(billingScope(ctx.db, ctx.actor, stripeClient()), input)),
  openPortal: billingProcedure
    .output(ZRedirect)
    .mutation(({ ctx }) => openBillingPortal(billingScope(ctx.db, ctx.actor, stripeClient()))),
  changeSeats: billingProcedure
    .input(ZChangeSeatsInput)
    .output(z.object({ seats: z.number().int() }))
    .mutation(({ ctx, input }) => changeSeats(billingScope(ctx.db, ctx.actor, stripeClient()), input)),
});
