import { expect, it } from 'vitest';
import { hasInvalidCallbackUrl } from './callback-url';

const at = (query: string, cookie?: string) =>
  new Request(`http://localhost:3000/api/auth/callback/password${query}`, {
    headers: cookie ? { cookie } : {},
  });

it('lets through what Auth.js accepts: none, a path, an http(s) URL', () => {
  for (const query of [
    '',
    '?callbackUrl=%2Fhome',
    '?callbackUrl=https%3A%2F%2Fexample.test%2Fx',
    '?callbackUrl=',
  ])
    expect(hasInvalidCallbackUrl(at(query)), query).toBe(false);
  expect(hasInvalidCallbackUrl(at('', 'authjs.callback-url=%2Fp%2Fx'))).toBe(false);
});

it('refuses what Auth.js would answer with a 500: a bare word, another scheme, a bad cookie', () => {
  for (const query of [
    '?callbackUrl=home',
    '?callbackUrl=javascript%3Aalert(1)',
    '?callbackUrl=%2Fok&callbackUrl=x',
  ])
    expect(hasInvalidCallbackUrl(at(query)), query).toBe(true);
  expect(hasInvalidCallbackUrl(at('', 'a=1; authjs.callback-url=nope'))).toBe(true);
  expect(hasInvalidCallbackUrl(at('', '__Secure-authjs.callback-url=ftp%3A%2F%2Fx'))).toBe(true);
});
