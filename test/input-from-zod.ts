// Builds a small valid input for a procedure from its zod schema, with every uuid field filled by
// the caller's choice: an id from another practice for cross-tenant tests, any uuid otherwise; or,
// with `uuidAt`, each uuid field by where it is (`exercises.1.exerciseId`), so one field can carry a
// foreign id while the others carry the caller's own.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { hasUuidField, type Shape, shapeOf } from './zod-shape';

type ExampleOptions = {
  /** Fills every uuid-typed field (all of them get the same value). */
  uuid?: string;
  /** Also fill optional fields, so a uuid behind `.optional()` is exercised too. */
  withOptional?: boolean;
  /**
   * Fills each uuid field by its path (keys and array indexes joined by dots); wins over `uuid`.
   * Arrays then get two elements where they may, unions the first option that holds a uuid, so
   * every place an id can go is filled, and an id can sit beside a valid one in the same array.
   */
  uuidAt?: (path: string) => string;
};

type BuildOptions = { uuidAt: (path: string) => string; withOptional: boolean; everyId: boolean };

let counter = 0;

export function exampleInput(schema: z.ZodType, options: ExampleOptions = {}): unknown {
  const uuid = options.uuid ?? randomUUID();
  const value = build(
    shapeOf(schema),
    {
      uuidAt: options.uuidAt ?? (() => uuid),
      withOptional: options.withOptional ?? false,
      everyId: options.uuidAt !== undefined,
    },
    [],
  );
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`exampleInput built an invalid value ${JSON.stringify(value)}: ${parsed.error.message}`);
  }
  return value;
}

/** The paths of every uuid field `exampleInput(schema, { uuidAt, withOptional: true })` fills. */
export function uuidPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  exampleInput(schema, {
    withOptional: true,
    uuidAt: (path) => {
      paths.push(path);
      return randomUUID();
    },
  });
  return paths;
}

function build(shape: Shape, options: BuildOptions, path: readonly (string | number)[]): unknown {
  switch (shape.kind) {
    case 'string':
      return exampleString(shape, () => options.uuidAt(path.join('.')));
    case 'number':
      return Math.min(Math.max(0, shape.min), shape.max);
    case 'boolean':
      return true;
    case 'date':
      return shape.max && shape.max < new Date() ? shape.max : (shape.min ?? new Date());
    case 'choice':
      return shape.values[0];
    case 'object':
      return Object.fromEntries(
        shape.fields
          .filter((f) => !f.optional || options.withOptional)
          .map((f) => [f.key, build(f.shape, options, [...path, f.key])]),
      );
    case 'array': {
      const wanted = options.everyId && hasUuidField(shape.element) ? 2 : options.withOptional ? 1 : 0;
      return Array.from({ length: Math.max(shape.min, Math.min(wanted, shape.max)) }, (_, i) =>
        build(shape.element, options, [...path, i]),
      );
    }
    case 'tuple':
      return shape.items.map((item, i) => build(item, options, [...path, i]));
    case 'optional':
      return options.withOptional ? build(shape.inner, options, path) : undefined;
    case 'nullable':
      return build(shape.inner, options, path);
    case 'union': {
      const option = (options.everyId && shape.options.find(hasUuidField)) || shape.options[0];
      return option ? build(option, options, path) : undefined;
    }
    case 'example':
      return structuredClone(shape.value);
    case 'unknown':
      return undefined;
  }
}

function exampleString(shape: Extract<Shape, { kind: 'string' }>, uuid: () => string): string {
  counter += 1;
  switch (shape.format) {
    case 'uuid':
    case 'guid':
      return uuid();
    case 'email':
      return `input-${counter}-${process.pid}@example.test`;
    case 'url':
      return `https://example.test/${counter}`;
    case 'datetime':
      return new Date().toISOString();
    case 'date':
      // A week ahead: valid for due dates, which refuse the past.
      return new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
    case 'time':
      return '12:00';
    case undefined:
      break;
    default:
      throw new Error(`exampleInput does not know the string format "${shape.format}" yet`);
  }
  if (shape.regex) throw new Error(`exampleInput cannot build a string matching ${shape.regex}`);
  return `Sample ${counter}`.padEnd(shape.min, 'x').slice(0, shape.max);
}
