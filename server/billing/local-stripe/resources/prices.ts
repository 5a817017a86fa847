// /v1/prices/:id: the stand-in's two fixed prices.
import type { Endpoint } from '../context';
import { parseParams, ZNoParams } from '../params';
import { getPrice } from '../prices';

export const retrievePrice: Endpoint = async (_ctx, raw, [id]) => {
  parseParams(ZNoParams, raw);
  return { body: getPrice(id!, 'id') };
};
