// fast-check arbitraries for a procedure's input, from its zod schema: values of the right shape with
// hostile contents (any unicode, NUL, edge lengths, dates at the ends of time), and optionally
// any part of them swapped for junk.
import fc from 'fast-check';
import type { z } from 'zod';
import { type Shape, shapeOf } from './zod-shape';

type ArbitraryOptions = {
  /** Where uuid fields come from: ids of one practice or another, say, or fc.uuid(). */
  uuid: fc.Arbitrary<string>;
  /** If given, any value in the input may be replaced by one of these (one time in `1 / junkRate`). */
  junk?: fc.Arbitrary<unknown>;
  junkRate?: number;
};

export function arbitraryFrom(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  return arbitraryOf(shapeOf(schema), options);
}

function arbitraryOf(shape: Shape, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const proper = properArbitrary(shape, options);
  if (!options.junk) return proper;
  return fc.oneof(
    { weight: (options.junkRate ?? 10) - 1, arbitrary: proper },
    { weight: 1, arbitrary: options.junk },
  );
}

function properArbitrary(shape: Shape, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return stringArbitrary(shape, options.uuid);
    case 'number':
      return shape.int
        ? fc.integer({ min: Math.ceil(shape.min), max: Math.floor(shape.max) })
        : fc.double({ min: shape.min, max: shape.max, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.oneof(
        fc.date({ min: shape.min, max: shape.max, noInvalidDate: true }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      );
    case 'choice':
      return fc.constantFrom(...shape.values);
    case 'object':
      return fc.record(Object.fromEntries(shape.fields.map((f) => [f.key, arbitraryOf(f.shape, options)])), {
        requiredKeys: shape.fields.filter((f) => !f.optional).map((f) => f.key),
      });
    case 'array':
      return fc.array(arbitraryOf(shape.element, options), { minLength: shape.min, maxLength: shape.max });
    case 'tuple':
      return fc.tuple(...shape.items.map((item) => arbitraryOf(item, options)));
    case 'optional':
      return fc.option(arbitraryOf(shape.inner, options), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryOf(shape.inner, options), { nil: null });
    case 'union':
      return shape.options.length
        ? fc.oneof(...shape.options.map((o) => arbitraryOf(o, options)))
        : fc.anything();
    case 'example':
      return properArbitrary(shape.inner, options);
    case 'unknown':
      return fc.anything();
  }
}

/** Any unit of text: printable ASCII, any grapheme, or any code point at all (NUL and controls too). */
const anyText = (minLength: number, maxLength: number) =>
  fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.string({ minLength, maxLength, unit: 'binary' }),
  );

function stringArbitrary(shape: Extract<Shape, { kind: 'string' }>, uuid: fc.Arbitrary<string>) {
  switch (shape.format) {
    case 'uuid':
    case 'guid':
      return fc.oneof(
        uuid,
        uuid.map((id) => id.toUpperCase()),
      );
    case 'email':
      return emailArbitrary;
    case 'url':
      return fc.webUrl();
    case 'datetime':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.oneof(
        fc
          .integer({ min: -3, max: 400 })
          .map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      );
    case 'time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(11, 16));
  }
  if (shape.regex) return fc.stringMatching(shape.regex);
  return fc.oneof(
    anyText(shape.min, shape.max),
    fc.constantFrom(shape.min, shape.max).chain((n) => anyText(n, n)),
    // Whitespace around the text, for schemas that trim before checking the length.
    anyText(shape.min, shape.max).map((s) => ` \t${s}\n `),
  );
}

/** Mostly addresses zod accepts (in any case, padded with spaces), some that only RFC 5322 allows. */
const emailArbitrary = fc.oneof(
  fc
    .tuple(
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,30}$/),
      fc.constantFrom('example.test', 'Example.ORG', 'mail.example.co.uk'),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(([local, domain, pad]) => `${pad}${local}@${domain}${pad}`),
  fc.emailAddress(),
);
