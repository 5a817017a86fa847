import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authSecret } from '../env';
import {
  EMAIL_CATEGORIES,
  readUnsubscribeToken,
  unsubscribeToken,
  unsubscribeUrl,
} from './unsubscribe-token';

const userId = '00000000-0000-4000-8000-00000000000a';

describe('unsubscribe links', () => {
  it.each(EMAIL_CATEGORIES)('name the %s category without its word, and read back', (category) => {
    const url = unsubscribeUrl(userId, category);
    expect(url).not.toMatch(/homework|session|digest/i);
    expect(readUnsubscribeToken(unsubscribeToken(userId, category))).toEqual({ userId, category });
  });

  it('still read links sent before, which carried the word', () => {
    const mac = createHmac('sha256', authSecret())
      .update(`unsubscribe:${userId}:sessions`)
      .digest('base64url');
    expect(readUnsubscribeToken(`${userId}.sessions.${mac}`)).toEqual({ userId, category: 'sessions' });
  });

  it('refuse a link whose category was changed', () => {
    const [id, , mac] = unsubscribeToken(userId, 'digest').split('.');
    expect(readUnsubscribeToken(`${id}.1.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`${id}.homework.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`${id}.9.${mac}`)).toBeNull();
  });
});
