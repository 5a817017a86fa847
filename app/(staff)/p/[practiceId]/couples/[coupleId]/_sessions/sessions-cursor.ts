import { isUuid } from '@/app/_lib/is-uuid';

/** The "earlier sessions" link carries the last shown past session as `<ISO start>_<id>`. */
export function parseSessionsCursor(value: string | string[] | undefined) {
  if (typeof value !== 'string') return undefined;
  const [iso, id] = value.split('_');
  const startsAt = new Date(iso ?? '');
  if (!id || !isUuid(id) || Number.isNaN(startsAt.getTime())) return undefined;
  return { startsAt, id };
}
