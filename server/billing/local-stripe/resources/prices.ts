// /v1/prices/:id: the stand-in's two fixed prices.
import type { Endpoint } from '../context';
import { getPrice } from '../prices';

export const retrievePrice: Endpoint = async (_ctx, _raw, [id]) => ({ body: getPrice(id!, 'id') });
