// Raw SQL for tests that inspect the database itself, the same on both drivers.
export { queryRows } from '../db/client';

/** The SQLSTATE of a database error, looked for through the wrappers drizzle puts around it. */
export function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The database's own message for an error, through the same wrappers. */
function sqlMessage(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (typeof (current as { code?: unknown }).code === 'string') return String((current as Error).message);
    current = (current as { cause?: unknown }).cause;
  }
  return String(error);
}

/** Runs `work` and returns the SQLSTATE it failed with; fails the test if it succeeded. */
export async function expectSqlError(
  work: Promise<unknown>,
): Promise<{ code: string | undefined; message: string }> {
  try {
    await work;
  } catch (error) {
    return { code: sqlState(error), message: sqlMessage(error) };
  }
  throw new Error('expected the database to refuse this, and it did not');
}
