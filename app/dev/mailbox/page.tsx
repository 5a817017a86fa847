import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '../../../server/db';
import { countMailOnTheWay, readMailbox } from '../../../server/email/read-mailbox';
import { env } from '../../../server/env';
import { LinkifiedText } from './linkified-text';

export const metadata: Metadata = { title: 'Dev mailbox', robots: { index: false } };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  if (env().mode === 'production') notFound();
  const { to } = await searchParams;
  const db = await getDb();
  const [messages, onTheWay] = await Promise.all([readMailbox(db, to), countMailOnTheWay(db, to)]);
  return (
    <main id="main">
      <h1>Dev mailbox</h1>
      <p className="muted">
        Every message the app delivered while no email provider is configured (the worker delivers within a
        second or two). Not available in production.
      </p>
      <form method="get" className="card">
        <div className="field">
          <label htmlFor="mailbox-to">Show messages to</label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to ?? ''} />
        </div>
        <button className="button secondary" type="submit">
          Filter
        </button>
      </form>
      {onTheWay > 0 ? (
        <p className="card" role="status">
          {onTheWay === 1 ? '1 message is' : `${onTheWay} messages are`} on the way: reload in a moment.
        </p>
      ) : null}
      {messages.length === 0 ? <p>No messages.</p> : null}
      {messages.map((m) => (
        <article key={m.id} className="card" aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p className="muted">
            From {m.fromAddress} · to {m.toEmail} · {m.createdAt.toISOString()}
          </p>
          <LinkifiedText text={m.text} />
        </article>
      ))}
    </main>
  );
}
