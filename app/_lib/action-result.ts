// What a server action that runs a procedure answers: its data, or what refused it. Errors come back
// as data, not throws, because Next hides a thrown error's message from the browser in production.
import type { TErrorData } from '@/server/trpc/error-data';

export type TActionError = TErrorData & { message: string };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: TActionError };
