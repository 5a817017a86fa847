// The Resend transport through the real SDK against test/fake-resend, which speaks Resend's wire format.
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeResend, type FakeResendOptions, startFakeResend } from '@/test/fake-resend/fake-resend';
import { resendTransport } from './resend-transport';
import { type OutgoingMessage, PermanentSendError } from './transport';

let fake: FakeResend | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function setUp(options: FakeResendOptions = {}) {
  fake = await startFakeResend(options);
  return { fake, transport: resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }) };
}

let counter = 0;
const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  idempotencyKey: `homework-assigned:${++counter}`,
  from: 'Harbor Counseling <nudges@ninefold.test>',
  to: 'robin@example.test',
  subject: 'You have homework waiting',
  html: '<p>Something is waiting for you.</p>',
  text: 'Something is waiting for you.',
  headers: {
    'List-Unsubscribe': '<https://app.test/u?t=1>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  ...overrides,
});

/** The error a send was refused with. */
async function refusal(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('the send succeeded');
  return error;
}

describe('resendTransport', () => {
  it('sends sender, recipient, subject, both bodies and the headers under the idempotency key', async () => {
    const { fake, transport } = await setUp();
    const sent = message();
    const { providerMessageId } = await transport.send(sent);
    expect(fake.deliveries).toEqual([
      expect.objectContaining({
        id: providerMessageId,
        idempotencyKey: sent.idempotencyKey,
        from: sent.from,
        to: [sent.to],
        subject: sent.subject,
        html: sent.html,
        text: sent.text,
        headers: sent.headers,
      }),
    ]);
  });

  it('delivers a message sent again under the same key once, answering the first id', async () => {
    const { fake, transport } = await setUp();
    const sent = message();
    const first = await transport.send(sent);
    const again = await transport.send(sent);
    expect(again.providerMessageId).toBe(first.providerMessageId);
    expect(fake.deliveryCount(sent.idempotencyKey)).toBe(1);
    expect(fake.stats).toMatchObject({ requests: 2, delivered: 1, replayed: 1 });
  });

  it('reports a lost answer as transient, and the retry delivers nothing new', async () => {
    const { fake, transport } = await setUp({ faults: { responseLost: 1 } });
    const sent = message();
    const lost = await refusal(transport.send(sent));
    expect(lost).not.toBeInstanceOf(PermanentSendError);
    expect(lost.message).toContain('could not be reached');
    expect(fake.deliveries).toHaveLength(1);
    fake.setFaults({});
    const retried = await transport.send(sent);
    expect(retried.providerMessageId).toBe(fake.deliveries[0]?.id);
    expect(fake.deliveries).toHaveLength(1);
  });

  it('reports server errors and rate limits as transient, naming the status but not Resend’s text', async () => {
    const { fake, transport } = await setUp({ faults: { serverError: 1 } });
    const failed = await refusal(transport.send(message()));
    expect(failed).not.toBeInstanceOf(PermanentSendError);
    expect(failed.message).toContain('500 internal_server_error');
    expect(failed.message).not.toContain('unexpected');
    fake.setFaults({ rateLimit: 1 });
    const limited = await refusal(transport.send(message()));
    expect(limited).not.toBeInstanceOf(PermanentSendError);
    expect(limited.message).toContain('429 rate_limit_exceeded');
    expect(fake.deliveries).toHaveLength(0);
  });

  it('reports a refused recipient as permanent without quoting the address', async () => {
    const { fake, transport } = await setUp();
    const refused = await refusal(transport.send(message({ to: 'not an address' })));
    expect(refused).toBeInstanceOf(PermanentSendError);
    expect(refused.message).toContain('422 validation_error');
    expect(refused.message).not.toContain('not an address');
    expect(fake.deliveries).toHaveLength(0);
  });

  it('reports a wrong API key as a failure to retry once the key is fixed', async () => {
    const { fake } = await setUp();
    const transport = resendTransport({ apiKey: 're_wrong', baseUrl: fake.url });
    const refused = await refusal(transport.send(message()));
    expect(refused).not.toBeInstanceOf(PermanentSendError);
    expect(refused.message).toContain('403 invalid_api_key');
  });

  it('reports a key reused with another payload as permanent', async () => {
    const { transport } = await setUp();
    const sent = message();
    await transport.send(sent);
    const refused = await refusal(transport.send({ ...sent, subject: 'Another subject' }));
    expect(refused).toBeInstanceOf(PermanentSendError);
    expect(refused.message).toContain('409 invalid_idempotent_request');
  });

  it('reports a send while the same key is still in flight as transient', async () => {
    let release = () => {};
    let entered = () => {};
    const inFlight = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const { fake, transport } = await setUp({
      beforeDeliver: () => {
        entered();
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    });
    const sent = message();
    const first = transport.send(sent);
    await inFlight;
    const concurrent = await refusal(transport.send(sent));
    expect(concurrent).not.toBeInstanceOf(PermanentSendError);
    expect(concurrent.message).toContain('409 concurrent_idempotent_requests');
    release();
    const { providerMessageId } = await first;
    expect(providerMessageId).toBe(fake.deliveries[0]?.id);
    expect(fake.deliveries).toHaveLength(1);
  });

  it('gives up on an answer that never comes, as a transient failure', async () => {
    let release = () => {};
    const { fake } = await setUp({
      beforeDeliver: () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    });
    const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 50 });
    const abandoned = await refusal(transport.send(message()));
    expect(abandoned).not.toBeInstanceOf(PermanentSendError);
    release();
  });

  it('reports an unreachable Resend as transient', async () => {
    const { fake, transport } = await setUp();
    await fake.stop();
    const failed = await refusal(transport.send(message()));
    expect(failed).not.toBeInstanceOf(PermanentSendError);
    expect(failed.message).toContain('could not be reached');
  });
});
