import { describe, expect, it } from 'vitest';
import { fromHeader, unsubscribeHeaders } from './message-headers';

describe('message headers', () => {
  it('name the practice as the sender and strip what could forge a header', () => {
    expect(fromHeader('Harbor Counseling', 'nudges@ninefold.test')).toBe(
      '"Harbor Counseling" <nudges@ninefold.test>',
    );
    expect(fromHeader('Evil"\r\nBcc: x@y <z>', 'n@t.test')).toBe('"EvilBcc: x@y z" <n@t.test>');
    expect(fromHeader('  ', 'n@t.test')).toBe('"Ninefold" <n@t.test>');
  });

  it('offer RFC 8058 one-click unsubscribe on the POST endpoint, keeping the token', () => {
    expect(unsubscribeHeaders('https://app.test/unsubscribe?token=abc.def')).toEqual({
      'List-Unsubscribe': '<https://app.test/api/unsubscribe?token=abc.def>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribeHeaders(null)).toEqual({});
  });
});
