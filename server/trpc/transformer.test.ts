import { describe, expect, it } from 'vitest';
import { transformer } from './transformer';

const roundTrip = (value: unknown) =>
  transformer.deserialize(JSON.parse(JSON.stringify(transformer.serialize(value))));

describe('the wire transformer', () => {
  it('brings Dates, nulls and undefined back as themselves, through JSON as tRPC sends them', () => {
    const value = { at: new Date('2026-11-25T10:00:00Z'), rows: [{ next: null, note: undefined, n: 3 }] };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(back.at).toBeInstanceOf(Date);
  });

  it('keeps text that merely looks like a date as text', () => {
    expect(roundTrip({ answer: '2026-11-25T10:00:00.000Z' })).toEqual({ answer: '2026-11-25T10:00:00.000Z' });
  });

  it('refuses input that is not its own format, and a __proto__ key', () => {
    expect(() => transformer.deserialize({ json: { a: 1 } })).toThrow();
    expect(() => transformer.deserialize('[{"__proto__":1},2]')).toThrow();
  });
});
