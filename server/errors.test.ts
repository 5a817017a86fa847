import { describe, expect, it } from 'vitest';
import { AppError, forbidden, notFound, postgresErrorCode, refusalReasonOf } from './errors';

/** The shape drizzle gives a driver error: a wrapper whose cause carries the SQLSTATE. */
const wrapped = (code: string) => Object.assign(new Error('Failed query'), { cause: { code } });

describe('postgresErrorCode', () => {
  it.each([
    ['23505', 'CONFLICT'],
    ['23503', 'NOT_FOUND'],
    ['42501', 'FORBIDDEN'],
    ['22P02', 'BAD_REQUEST'],
  ])('maps SQLSTATE %s to %s, on the error or through its causes', (sqlState, appCode) => {
    expect(postgresErrorCode({ code: sqlState })).toBe(appCode);
    expect(postgresErrorCode(wrapped(sqlState))).toBe(appCode);
    expect(postgresErrorCode({ cause: wrapped(sqlState) })).toBe(appCode);
  });

  it('leaves unknown codes, non-database errors and non-errors unmapped', () => {
    expect(postgresErrorCode(wrapped('40001'))).toBeUndefined();
    expect(postgresErrorCode(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(postgresErrorCode(new Error('plain'))).toBeUndefined();
    expect(postgresErrorCode(undefined)).toBeUndefined();
    expect(postgresErrorCode('23505')).toBeUndefined();
  });

  it('looks past a non-database code to the database error beneath it', () => {
    expect(postgresErrorCode({ code: 'ERR_WRAPPER', cause: { code: '23505' } })).toBe('CONFLICT');
  });

  it('stops following causes after a few levels, so a cyclic chain cannot hang it', () => {
    const cyclic: { cause?: unknown } = {};
    cyclic.cause = cyclic;
    expect(postgresErrorCode(cyclic)).toBeUndefined();
  });
});

describe('domain errors', () => {
  it('carry their code and message', () => {
    const error = new AppError('CONFLICT', 'Already there.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AppError', code: 'CONFLICT', message: 'Already there.' });
    expect(notFound('Couple')).toMatchObject({ code: 'NOT_FOUND', message: 'Couple not found' });
    expect(forbidden()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('carry a machine reason only when one was given', () => {
    const noSeats = new AppError('FORBIDDEN', 'No seat left.', 'no-seats');
    expect(noSeats).toMatchObject({ code: 'FORBIDDEN', reason: 'no-seats' });
    expect(refusalReasonOf(noSeats)).toBe('no-seats');
    expect(refusalReasonOf(forbidden())).toBeNull();
    expect(refusalReasonOf(Object.assign(new Error('x'), { reason: 'no-seats' }))).toBeNull();
    expect(refusalReasonOf(undefined)).toBeNull();
  });
});
