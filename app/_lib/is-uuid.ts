const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lets a page answer "not found" for a malformed id in its URL instead of a validation error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
