// Builds a small valid input for a procedure from its zod schema, with every uuid field filled by
// the caller's choice: an id from another practice for cross-tenant tests, any uuid otherwise.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type Shape, shapeOf } from './zod-shape';

export type ExampleOptions = {
  /** Fills every uuid-typed field (all of them get the same value). */
  uuid?: string;
  /** Also fill optional fields, so a uuid behind `.optional()` is exercised too. */
  withOptional?: boolean;
};

let counter = 0;

export function exampleInput(schema: z.ZodType, options: ExampleOptions = {}): unknown {
  const value = build(shapeOf(schema), {
    uuid: options.uuid ?? randomUUID(),
    withOptional: options.withOptional ?? false,
  });
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`exampleInput built an invalid value ${JSON.stringify(value)}: ${parsed.error.message}`);
  }
  return value;
}

function build(shape: Shape, options: Required<ExampleOptions>): unknown {
  switch (shape.kind) {
    case 'string':
      return exampleString(shape, options.uuid);
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
          .map((f) => [f.key, build(f.shape, options)]),
      );
    case 'array':
      return Array.from({ length: Math.max(shape.min, options.withOptional ? 1 : 0) }, () =>
        build(shape.element, options),
      );
    case 'tuple':
      return shape.items.map((item) => build(item, options));
    case 'optional':
      return options.withOptional ? build(shape.inner, options) : undefined;
    case 'nullable':
      return build(shape.inner, options);
    case 'union':
      return shape.options[0] ? build(shape.options[0], options) : undefined;
    case 'unknown':
      return undefined;
  }
}

function exampleString(shape: Extract<Shape, { kind: 'string' }>, uuid: string): string {
  counter += 1;
  switch (shape.format) {
    case 'uuid':
    case 'guid':
      return uuid;
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
