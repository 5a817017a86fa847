// Every procedure of the app router, read from the router itself so a new procedure is covered by
// the cross-tenant, role and fuzz tests without editing them.
import { type AnyTRPCProcedure, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Permission } from '../server/authz/permissions';
import type { ProcedureMeta } from '../server/trpc/init';
import { authedProcedure } from '../server/trpc/procedures';
import { appRouter, type createCaller } from '../server/trpc/root';

export type ProcedureInfo = {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  /** Who may call it at all: anyone, anyone signed in, or a member of the chosen practice. */
  access: 'public' | 'authed' | 'practice';
  /** Set by practiceProcedure(permission): the procedure runs inside one practice. */
  permission: Permission | undefined;
  /** The meta flags that open a practice mutation a rung would refuse (ProcedureMeta in server/trpc/init.ts). */
  openWhenReadOnly: boolean;
  openWhenCoupleClosed: boolean;
  input: z.ZodType | undefined;
};

export function allProcedures(): ProcedureInfo[] {
  // At run time `_def.procedures` is flat ('couples.get' -> procedure); its type is the nested record.
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>;
  return Object.entries(procedures).map(([path, procedure]) => {
    const { inputs, meta, type } = procedure._def;
    if (inputs.length > 1)
      throw new Error(`${path} has ${inputs.length} input parsers; teach test/procedures.ts to merge them`);
    const input = inputs[0];
    if (input !== undefined && !(input instanceof z.ZodType))
      throw new Error(`${path} has a non-zod input parser`);
    const { permission, openWhenReadOnly, openWhenCoupleClosed } = (meta ?? {}) as ProcedureMeta;
    const access = permission ? 'practice' : isBuiltOnAuthed(procedure) ? 'authed' : 'public';
    return {
      path,
      type,
      access,
      permission,
      openWhenReadOnly: openWhenReadOnly === true,
      openWhenCoupleClosed: openWhenCoupleClosed === true,
      input,
    };
  });
}

/** A procedure built from authedProcedure runs the very same middleware functions first. */
function isBuiltOnAuthed(procedure: AnyTRPCProcedure): boolean {
  // At run time a procedure's _def keeps its builder's middleware list; its type leaves it out.
  const steps = (procedure._def as unknown as { middlewares: readonly unknown[] }).middlewares;
  return authedProcedure._def.middlewares.every((step, i) => steps[i] === step);
}

export function practiceProcedures(): (ProcedureInfo & { permission: Permission })[] {
  return allProcedures().filter(
    (p): p is ProcedureInfo & { permission: Permission } => p.permission !== undefined,
  );
}

type Caller = ReturnType<typeof createCaller>;

/** `callByPath(caller, 'couples.get', input)` is `caller.couples.get(input)`. */
export function callByPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  // The caller is a typed proxy; walking it by a runtime path needs this one untyped step.
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  if (typeof target !== 'function') throw new Error(`no procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

export type Outcome = { ok: true; output: unknown } | { ok: false; code: TRPCError['code']; error: unknown };

/** Runs a call and says how it ended; anything other than a TRPCError is rethrown as a test failure. */
export async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, output: await call };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, error };
    throw error;
  }
}

export function describeOutcome(outcome: Outcome): string {
  if (outcome.ok) return 'success';
  const cause =
    outcome.error instanceof Error && outcome.error.cause instanceof Error
      ? ` (${outcome.error.cause.message})`
      : '';
  return `${outcome.code}${cause}`;
}
