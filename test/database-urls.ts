/** The same server as `url`, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Where CREATE/DROP DATABASE are issued from: the server's `postgres` maintenance database. */
export function adminUrl(url: string): string {
  return databaseUrlFor(url, 'postgres');
}
