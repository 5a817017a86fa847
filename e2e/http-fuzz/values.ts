// Values the HTTP fuzz sends: ids the app really has (harvested from its answers) mixed with ids of
// nothing, hostile text, and junk of every shape the transformer can carry.
import fc from 'fast-check';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every id that has appeared in the app's answers; frozen before the fuzzing starts. */
export class IdPool {
  readonly ids = new Set<string>();
  harvest(text: string) {
    for (const id of text.match(UUID) ?? []) this.ids.add(id.toLowerCase());
  }
  /** Mostly ids that exist, sometimes ids of nothing. */
  arbitrary(): fc.Arbitrary<string> {
    const known = [...this.ids].sort();
    return known.length
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() })
      : fc.uuid();
  }
}

/** `{ a: { a: ... } }`, `depth` levels deep (a chain: shared branches would grow as JSON). */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value, coupleId: 'x' };
  return value;
}

export function junk(foreignIds: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    fc.constantFrom(
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      '',
      '\u0000',
      '\uD800',
      'x'.repeat(20_000),
      '🙂'.repeat(5_000),
      new Date(Number.NaN),
      new Date(8.64e15),
      new Date(-8.64e15),
    ),
    foreignIds,
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.integer({ min: 100, max: 2000 }).map(nested),
  );
}

/** Text where the serialised input belongs that is not what the app's client would ever send. */
export const rawWire: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    '{',
    'null',
    '[]',
    '{"a":1}',
    '"not devalue"',
    '"[1]"',
    '"[{\\"a\\":99}]"',
    '"[[\\"Date\\",\\"not a date\\"]]"',
    '"[[\\"Map\\",1,2,3]]"',
    '"[[\\"BigInt\\",\\"1e999\\"]]"',
    '"[{\\"__proto__\\":1},1]"',
    '"[-7]"',
    JSON.stringify(`[${'['.repeat(5000)}${']'.repeat(5000)}]`),
    JSON.stringify(`[${Array.from({ length: 3000 }, (_, i) => `[${i + 1}]`).join(',')},0]`),
  ),
);

/** Text for a form field: any unit of text, an address, a plausible or absurd token, or nothing. */
export function fieldText(ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.emailAddress(),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    fc.stringMatching(/^[0-9]{6}$/),
    ids,
    fc.constantFrom('', ' ', 'x'.repeat(5_000), 'javascript:alert(1)', '//evil.example', '/home', 'a.b.c'),
  );
}

/** A path segment for a dynamic route: an id, an id of nothing, or something that is no id at all. */
export function segment(ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: ids },
    { weight: 1, arbitrary: ids.map((id) => id.toUpperCase()) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom('x', '0', '%00', '%E0%A4%A', '..', 'library', 'practice', 'a'.repeat(300)),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
      ),
    },
  );
}

/** A query string of a few fields, names the app reads and names it does not. */
export function queryString(ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const name = fc.constantFrom(
    'token',
    'to',
    'callbackUrl',
    'next',
    'from',
    'until',
    'actor',
    'action',
    'coupleId',
    'page',
    'counselor',
    'sort',
    'filter',
    'status',
    'error',
    'signed-out',
    'category',
    'email',
  );
  return fc
    .array(fc.tuple(name, fieldText(ids)), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ''));
}
