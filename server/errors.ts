// Domain errors thrown by services; the tRPC layer maps them to its codes in one place.
type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/**
 * Why a refusal happened, for a program to act on (the client reads it as error.data.reason):
 *   'read-only'                  the practice's subscription ended: writing is paused (billing)
 *   'no-seats'                   the practice's staff fill every seat it bought (billing)
 *   'two-factor-setup-required'  the practice requires two-factor sign-in and this person has none yet
 */
export type RefusalReason = 'read-only' | 'no-seats' | 'two-factor-setup-required';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly reason?: RefusalReason,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function refusalReasonOf(error: unknown): RefusalReason | null {
  return error instanceof AppError ? (error.reason ?? null) : null;
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You do not have access to this') => new AppError('FORBIDDEN', message);

/** Postgres error codes that mean "the caller asked for something that is not theirs or not valid". */
const PG_CODES: Record<string, AppErrorCode> = {
  '23505': 'CONFLICT', // unique_violation
  '23503': 'NOT_FOUND', // foreign_key_violation: a composite tenant key pointing elsewhere
  '42501': 'FORBIDDEN', // insufficient_privilege, including an RLS WITH CHECK refusal
  '22P02': 'BAD_REQUEST', // invalid_text_representation
  '23514': 'BAD_REQUEST', // check_violation
  '55000': 'CONFLICT', // object_not_in_prerequisite_state: e.g. changing a signed session note
  // A valid JS Date or string that Postgres cannot store: a year before 1 AD or after 9999
  // (sent as '+010000-...'), or text with a NUL character.
  '22007': 'BAD_REQUEST', // invalid_datetime_format
  '22008': 'BAD_REQUEST', // datetime_field_overflow
  '22009': 'BAD_REQUEST', // invalid_time_zone_displacement_value
  '22021': 'BAD_REQUEST', // character_not_in_repertoire
  '22P05': 'BAD_REQUEST', // untranslatable_character: a NUL inside a JSON value
};

/** Finds a Postgres error code on an error or its causes (drizzle wraps driver errors). */
export function postgresErrorCode(error: unknown): AppErrorCode | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code in PG_CODES) return PG_CODES[code];
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
