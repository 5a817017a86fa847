// Request parameters checked with zod, failing the way Stripe does: 400 with the offending
// parameter named in Stripe's bracket form (`line_items[0][price]`). Every schema is strict: Stripe
// answers a parameter it does not know with 400 `parameter_unknown`, and so does the stand-in.
import { z } from 'zod';
import { LocalStripeError, parameterMissing } from './errors';
import type { FormObject } from './form';

export const zInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
export const zBool = z.enum(['true', 'false']).transform((v) => v === 'true');
/** Stripe unsets a metadata key given an empty value, so '' passes through to the merge. */
export const zMetadata = z.record(z.string(), z.string());
/** An endpoint that takes no parameters but `expand[]` (which the handler reads for every endpoint). */
export const ZNoParams = z.strictObject({});

function bracketName(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ''}${rest.map((p) => `[${p}]`).join('')}`;
}

export function parseParams<T extends z.ZodType>(schema: T, raw: FormObject): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  // An unknown parameter is named first, whatever else is wrong, as Stripe does.
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  const param = bracketName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const key = bracketName([...issue.path, issue.keys[0]!]);
    throw new LocalStripeError(
      400,
      'invalid_request_error',
      `Received unknown parameter: ${key}`,
      'parameter_unknown',
      key,
    );
  }
  if (valueAt(raw, issue.path) === undefined) throw parameterMissing(param);
  throw new LocalStripeError(
    400,
    'invalid_request_error',
    `Invalid value for ${param}: ${issue.message}`,
    'parameter_invalid',
    param,
  );
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Stripe's metadata update: given keys replace, empty values remove, others stay. */
export function mergeMetadata(current: unknown, update: Record<string, string> | undefined) {
  const merged: Record<string, string> = { ...((current as Record<string, string>) ?? {}) };
  for (const [key, value] of Object.entries(update ?? {})) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
