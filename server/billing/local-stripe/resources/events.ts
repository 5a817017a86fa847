// /v1/events/:id: an event the stand-in sent (or tried to send) to the webhook.
import type { Endpoint } from '../context';
import { getObject, publicView } from '../store';

export const retrieveEvent: Endpoint = async (ctx, _raw, [id]) => ({
  body: publicView(await getObject(ctx.db, id!, 'event')),
});
