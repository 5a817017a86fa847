// /v1/billing_portal/sessions: a link to the stand-in's portal page (app/dev/stripe/portal).
import { z } from 'zod';
import type { Endpoint } from '../context';
import { newId, nowSeconds } from '../ids';
import { parseParams } from '../params';
import { getObject, publicView, saveObject } from '../store';

const ZCreatePortalSession = z.strictObject({
  customer: z.string().min(1),
  return_url: z.url().optional(),
});

export const createPortalSession: Endpoint = async (ctx, raw) => {
  const params = parseParams(ZCreatePortalSession, raw);
  await getObject(ctx.db, params.customer, 'customer', { param: 'customer' });
  const id = newId('bps');
  const session = {
    id,
    object: 'billing_portal.session',
    configuration: 'bpc_local_default',
    created: nowSeconds(),
    customer: params.customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: params.return_url ?? null,
    url: `${ctx.appUrl}/dev/stripe/portal/${id}`,
  };
  return { body: publicView(await saveObject(ctx.db, session)) };
};
