import { describe, expect, it } from 'vitest';
import { answerNoSoonerThan } from './steady-timing';

describe('answerNoSoonerThan', () => {
  it('holds a quick answer until the floor', async () => {
    const began = performance.now();
    expect(await answerNoSoonerThan(120, async () => 'sent')).toBe('sent');
    expect(performance.now() - began).toBeGreaterThanOrEqual(120);
  });

  it('holds a failure until the floor too, then throws it', async () => {
    const began = performance.now();
    await expect(
      answerNoSoonerThan(120, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(performance.now() - began).toBeGreaterThanOrEqual(120);
  });

  it('does not add the floor on top of work that takes as long', async () => {
    const began = performance.now();
    await answerNoSoonerThan(300, () => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(performance.now() - began).toBeLessThan(600);
  });
});
