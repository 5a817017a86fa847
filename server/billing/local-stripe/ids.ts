// Ids shaped like Stripe's (`cus_…`, `sub_…`), made sortable by creation time so a list can be
// returned newest first across processes; and the clock in Stripe's unit, seconds.
import { randomBytes } from 'node:crypto';

let counter = 0;

export function newId(prefix: string): string {
  counter = (counter + 1) % 36 ** 3;
  const time = Date.now().toString(36).padStart(9, '0');
  const sequence = counter.toString(36).padStart(3, '0');
  const random = randomBytes(8).toString('hex').slice(0, 12);
  return `${prefix}_${time}${sequence}${random}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The same day of the month `months` later (clamped to the month's last day), in seconds. */
export function addMonths(seconds: number, months: number): number {
  const date = new Date(seconds * 1000);
  const day = date.getUTCDate();
  const target = new Date(date);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Math.floor(target.getTime() / 1000);
}

export const DAY_SECONDS = 86_400;
