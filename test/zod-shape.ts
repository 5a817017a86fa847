// Reads a zod 4 schema into a small description of the values it accepts, for the input builders
// (input-from-zod.ts, arbitrary-from-zod.ts). The only test file that knows zod's internals.
// JSON Schema (z.toJSONSchema) was not enough: it drops the email format behind a pipe and dates.
import { z } from 'zod';

export type Shape =
  | { kind: 'string'; min: number; max: number; format: string | undefined; regex: RegExp | undefined }
  | { kind: 'number'; min: number; max: number; int: boolean }
  | { kind: 'boolean' }
  | { kind: 'date'; min: Date | undefined; max: Date | undefined }
  | { kind: 'choice'; values: readonly unknown[] }
  | { kind: 'object'; fields: readonly { key: string; shape: Shape; optional: boolean }[] }
  | { kind: 'array'; element: Shape; min: number; max: number }
  | { kind: 'tuple'; items: readonly Shape[] }
  | { kind: 'optional'; inner: Shape }
  | { kind: 'nullable'; inner: Shape }
  | { kind: 'union'; options: readonly Shape[] }
  /**
   * A schema whose rules span its fields (a `superRefine`), with a valid value given in its zod
   * metadata (`.meta({ examples: [...] })`): example builders take the value, fuzzers the shape.
   */
  | { kind: 'example'; value: unknown; inner: Shape }
  /** Anything the walker cannot describe; builders fall back on the schema's own parse. */
  | { kind: 'unknown' };

/** Strings without a stated maximum still need one for generating. */
const DEFAULT_MAX_LENGTH = 64;

export function shapeOf(schema: z.core.$ZodType): Shape {
  const examples = (z.globalRegistry.get(schema) as { examples?: unknown[] } | undefined)?.examples;
  if (examples?.length) {
    return { kind: 'example', value: examples[0], inner: shapeOfDef(schema) };
  }
  return shapeOfDef(schema);
}

function shapeOfDef(schema: z.core.$ZodType): Shape {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const checks = (def.checks ?? []).map((c) => (c as z.core.$ZodChecks)._zod.def);
  switch (def.type) {
    case 'string': {
      let min = 0;
      let max = DEFAULT_MAX_LENGTH;
      let format = 'format' in def && typeof def.format === 'string' ? def.format : undefined;
      let regex: RegExp | undefined;
      for (const c of checks) {
        if (c.check === 'min_length') min = Math.max(min, c.minimum);
        if (c.check === 'max_length') max = Math.min(max, c.maximum);
        if (c.check === 'length_equals') min = max = c.length;
        if (c.check === 'string_format' && c.format === 'regex') regex = c.pattern;
        else if (c.check === 'string_format') format = c.format;
      }
      return { kind: 'string', min, max: Math.max(min, max), format, regex };
    }
    case 'number': {
      let min = -1e9;
      let max = 1e9;
      let int = 'format' in def && typeof def.format === 'string' && def.format.includes('int');
      for (const c of checks) {
        if (c.check === 'greater_than') min = Number(c.value) + (c.inclusive ? 0 : 1);
        if (c.check === 'less_than') max = Number(c.value) - (c.inclusive ? 0 : 1);
        if (c.check === 'number_format') int ||= c.format.includes('int');
      }
      return { kind: 'number', min, max, int };
    }
    case 'date': {
      let min: Date | undefined;
      let max: Date | undefined;
      for (const c of checks) {
        if (c.check === 'greater_than') min = new Date(Number(c.value) + (c.inclusive ? 0 : 1));
        if (c.check === 'less_than') max = new Date(Number(c.value) - (c.inclusive ? 0 : 1));
      }
      return { kind: 'date', min, max };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', values: Object.values(def.entries) };
    case 'literal':
      return { kind: 'choice', values: def.values };
    case 'object':
      return {
        kind: 'object',
        fields: Object.entries(def.shape).map(([key, field]) => ({
          key,
          shape: shapeOf(field),
          optional: field._zod.optin === 'optional',
        })),
      };
    case 'array': {
      let min = 0;
      let max = 5;
      for (const c of checks) {
        if (c.check === 'min_length') min = c.minimum;
        if (c.check === 'max_length') max = Math.min(c.maximum, min + 5);
        if (c.check === 'length_equals') min = max = c.length;
      }
      return { kind: 'array', element: shapeOf(def.element), min, max: Math.max(min, max) };
    }
    case 'tuple':
      return { kind: 'tuple', items: def.items.map(shapeOf) };
    case 'optional':
    case 'default':
    case 'prefault':
    case 'catch':
      return { kind: 'optional', inner: shapeOf(def.innerType) };
    case 'nullable':
      return { kind: 'nullable', inner: shapeOf(def.innerType) };
    case 'readonly':
    case 'nonoptional':
      return shapeOf(def.innerType);
    case 'lazy':
      return shapeOf(def.getter());
    case 'union':
      return { kind: 'union', options: def.options.map(shapeOf) };
    case 'pipe': {
      // `.pipe(z.email())` narrows the input; a `.transform()` output says nothing about it.
      const out = (def.out as z.core.$ZodTypes)._zod.def.type;
      return shapeOf(out === 'transform' ? def.in : def.out);
    }
    default:
      return { kind: 'unknown' };
  }
}

/** The uuids a value of this shape carries are the fields a cross-tenant test fills with foreign ids. */
export function hasUuidField(shape: Shape): boolean {
  switch (shape.kind) {
    case 'string':
      return shape.format === 'uuid' || shape.format === 'guid';
    case 'object':
      return shape.fields.some((f) => hasUuidField(f.shape));
    case 'array':
      return hasUuidField(shape.element);
    case 'tuple':
      return shape.items.some(hasUuidField);
    case 'optional':
    case 'nullable':
    case 'example':
      return hasUuidField(shape.inner);
    case 'union':
      return shape.options.some(hasUuidField);
    default:
      return false;
  }
}
