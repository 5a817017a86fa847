import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEventMac, canonicalJson, checkpointMac } from './audit-chain-mac';
import { type ChainEvent, createChainVerifier, type StoredCheckpoint, verifyChain } from './verify-chain';

const key = Buffer.alloc(32, 1);
const practiceId = '00000000-0000-4000-8000-000000000001';
const at = (i: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, i));

/** A keyed chain of `count` events, built as the writer builds it. */
function chain(count: number, legacy = 0): ChainEvent[] {
  const events: ChainEvent[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const fields = {
      practiceId,
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      seq,
      prevHash: events.at(-1)?.hash ?? '',
      actorUserId: null,
      action: `test.${seq}`,
      targetType: 'practice',
      targetId: null,
      ip: null,
      userAgent: null,
      metadata: { b: seq, a: 'x' },
      createdAt: at(seq),
    };
    const isLegacy = seq <= legacy;
    const hash = isLegacy
      ? createHash('sha256').update(`legacy ${seq}`).digest('hex')
      : auditEventMac(key, fields);
    events.push({ ...fields, hash, chainVersion: isLegacy ? 1 : 2, legacyHash: isLegacy ? hash : null });
  }
  return events;
}

function checkpointOf(n: number, e: ChainEvent, createdAt = at(100 + n)): StoredCheckpoint {
  const fields = { practiceId, n, seq: e.seq, hash: e.hash, createdAt };
  return { ...fields, mac: checkpointMac(key, fields) };
}

describe('canonicalJson', () => {
  it('writes objects as sorted pairs, so key order (which jsonb does not keep) never matters', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toEqual([
      [
        'a',
        [
          ['c', null],
          [
            'd',
            [
              2,
              [
                ['e', 0],
                ['f', 1],
              ],
            ],
          ],
        ],
      ],
      ['b', 1],
    ]);
    const one = { zeta: 1, alpha: 2, '10': 3, '2': 4 };
    const other = { '2': 4, alpha: 2, '10': 3, zeta: 1 };
    expect(JSON.stringify(canonicalJson(one))).toBe(JSON.stringify(canonicalJson(other)));
  });
});

describe('verifyChain', () => {
  it('accepts a whole chain and its checkpoints, and names the newest', () => {
    const events = chain(5);
    const cps = [checkpointOf(1, events[1] as ChainEvent), checkpointOf(2, events[4] as ChainEvent)];
    expect(verifyChain(key, events, cps)).toEqual({
      verified: true,
      events: 5,
      checkpoints: 2,
      newestCheckpoint: { n: 2, seq: 5, createdAt: cps[1]?.createdAt },
    });
  });

  it('gives the same answer whatever the batches', () => {
    const events = chain(7);
    const verifier = createChainVerifier(key, []);
    verifier.add(events.slice(0, 3));
    verifier.add([]);
    verifier.add(events.slice(3));
    expect(verifier.result()).toEqual(verifyChain(key, events, []));
  });

  it('refuses the chain under another key', () => {
    expect(verifyChain(Buffer.alloc(32, 2), chain(2), [])).toMatchObject({
      verified: false,
      seq: 1,
      problem: 'edited',
    });
  });

  it('finds an edited field, metadata included', () => {
    const events = chain(4);
    events[2] = { ...(events[2] as ChainEvent), metadata: { a: 'x', b: 99 } };
    expect(verifyChain(key, events, [])).toMatchObject({ verified: false, seq: 3, problem: 'edited' });
  });

  it('finds a gap and a broken link', () => {
    const events = chain(4);
    expect(verifyChain(key, [events[0], events[2], events[3]] as ChainEvent[], [])).toMatchObject({
      seq: 3,
      problem: 'missing',
    });
    const relinked = events.map((e, i) => (i === 2 ? { ...e, prevHash: 'f'.repeat(64) } : e));
    expect(verifyChain(key, relinked, [])).toMatchObject({ seq: 3, problem: 'unlinked' });
  });

  it('finds a cut tail against a checkpoint, and not without one', () => {
    const events = chain(5);
    const cp = checkpointOf(1, events[4] as ChainEvent);
    expect(verifyChain(key, events.slice(0, 3), [cp])).toMatchObject({
      verified: false,
      events: 3,
      seq: 4,
      eventId: null,
      problem: 'truncated',
    });
    expect(verifyChain(key, events.slice(0, 3), [])).toMatchObject({ verified: true });
  });

  it('finds a chain that reached a checkpoint’s seq with other events', () => {
    const events = chain(3);
    const fields = { practiceId, n: 1, seq: 3, hash: 'a'.repeat(64), createdAt: at(101) };
    const seenBefore: StoredCheckpoint = { ...fields, mac: checkpointMac(key, fields) };
    expect(verifyChain(key, events, [seenBefore])).toMatchObject({ seq: 3, problem: 'diverged' });
  });

  it('accepts legacy rows before keyed ones, never after', () => {
    const events = chain(4, 2);
    expect(verifyChain(key, events, [])).toMatchObject({ verified: true, events: 4 });
    const downgraded = chain(4).map((e, i) => (i === 3 ? { ...e, chainVersion: 1, legacyHash: e.hash } : e));
    expect(verifyChain(key, downgraded, [])).toMatchObject({ seq: 4, problem: 'edited' });
    const badLegacy = chain(4, 2).map((e, i) => (i === 0 ? { ...e, legacyHash: 'b'.repeat(64) } : e));
    expect(verifyChain(key, badLegacy, [])).toMatchObject({ seq: 1, problem: 'edited' });
  });

  it('finds a forged checkpoint and a removed one', () => {
    const events = chain(3);
    const forged = { ...checkpointOf(1, events[2] as ChainEvent), seq: 2, hash: events[1]?.hash ?? '' };
    expect(verifyChain(key, events, [forged])).toMatchObject({ seq: 2, problem: 'checkpoint' });
    const cps = [checkpointOf(1, events[0] as ChainEvent), checkpointOf(3, events[2] as ChainEvent)];
    expect(verifyChain(key, events, cps)).toMatchObject({ seq: 3, problem: 'checkpoint' });
  });

  it('checks against a checkpoint kept outside the database (from an export)', () => {
    const events = chain(5);
    const kept = checkpointOf(2, events[4] as ChainEvent);
    const stored = [checkpointOf(1, events[1] as ChainEvent), kept];
    expect(verifyChain(key, events, stored, [kept])).toMatchObject({ verified: true, checkpoints: 2 });
    // The tail cut together with the checkpoint that saw it: only the kept one tells.
    expect(verifyChain(key, events.slice(0, 3), stored.slice(0, 1))).toMatchObject({ verified: true });
    expect(verifyChain(key, events.slice(0, 3), stored.slice(0, 1), [kept])).toMatchObject({
      verified: false,
      seq: 4,
      problem: 'truncated',
    });
    // Only the checkpoint removed: the events are whole, the database lost a checkpoint.
    expect(verifyChain(key, events, stored.slice(0, 1), [kept])).toMatchObject({
      seq: 5,
      problem: 'checkpoint',
    });
    // A kept checkpoint that does not verify (changed, or another practice's) proves nothing.
    expect(verifyChain(key, events, stored, [{ ...kept, seq: 4 }])).toMatchObject({
      seq: 4,
      problem: 'checkpoint',
    });
  });

  it('accepts an empty log', () => {
    expect(verifyChain(key, [], [])).toEqual({
      verified: true,
      events: 0,
      checkpoints: 0,
      newestCheckpoint: null,
    });
  });
});
