// /v1/events/:id: an event the stand-in sent (or tried to send) to the webhook.
import type { Endpoint } from '../context';
import { parseParams, ZNoParams } from '../params';
import { getObject, publicView } from '../store';

export const retrieveEvent: Endpoint = async (ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return { body: publicView(await getObject(ctx.db, id!, 'event')) };
};
