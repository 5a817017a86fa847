// The messages a fault-injection run delivers: sign-in links (no quiet hours apply), each with its
// own idempotency key, all due at once.
import type { Db } from '@/db/client';
import { enqueueEmail } from '@/server/email/enqueue-email';

export async function enqueueMessageBurst(db: Db, count: number, tag: string): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = `fault-injection:${tag}:${i}`;
    await enqueueEmail(db, {
      to: `person.${i}@fault.example`,
      template: 'magic-link',
      idempotencyKey: key,
      props: { url: `http://localhost/magic?token=burst-${tag}-${i}`, expiresInMinutes: 15 },
    });
    keys.push(key);
  }
  return keys;
}
