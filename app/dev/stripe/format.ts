/** US cents as dollars: 4900 → "$49.00". */
export const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** A Stripe timestamp (seconds) as a date; these dev pages state UTC rather than guess a zone. */
export const day = (seconds: number) =>
  new Date(seconds * 1000).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
