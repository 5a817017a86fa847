import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { Field } from '@/app/_components/ui/field';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { getDb } from '@/server/db';
import { countMailOnTheWay, readMailbox } from '@/server/email/read-mailbox';
import { env } from '@/server/env';
import { LinkifiedText } from './linkified-text';
import { MailHtmlFrame } from './mail-html-frame';

const VIEWS = { html: 'HTML', text: 'Plain text' } as const;
type View = keyof typeof VIEWS;

export const metadata: Metadata = { title: 'Dev mailbox', robots: { index: false } };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  if (env().mode === 'production') notFound();
  const { to, view: asked } = await searchParams;
  // Each message as its recipient's mail client shows it, unless the plain text version is asked for.
  const view: View = asked === 'text' ? 'text' : 'html';
  const hrefFor = (v: View) => `/dev/mailbox?${new URLSearchParams({ ...(to ? { to } : {}), view: v })}`;
  const db = await getDb();
  const [messages, onTheWay] = await Promise.all([readMailbox(db, to), countMailOnTheWay(db, to)]);
  return (
    <Page>
      <PageHeader
        title="Dev mailbox"
        description={
          <p>
            Every message the app delivered while no email provider is configured (the worker delivers within
            a second or two). Not available in production.
          </p>
        }
      />
      <form method="get" className="flex flex-wrap items-end gap-3">
        <Field
          id="mailbox-to"
          label="Show messages to"
          name="to"
          type="email"
          defaultValue={to ?? ''}
          fieldClassName="mb-0 min-w-0 flex-1 basis-64"
        />
        <input type="hidden" name="view" value={view} />
        <Button variant="secondary" type="submit">
          Filter
        </Button>
      </form>
      {onTheWay > 0 ? (
        <p className="mt-4 mb-0 rounded-md bg-brand-50 px-4 py-3 text-brand-900" role="status">
          {onTheWay === 1 ? '1 message is' : `${onTheWay} messages are`} on the way: reload in a moment.
        </p>
      ) : null}
      <nav aria-label="Message version" className="my-4 flex flex-wrap gap-2">
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <Button key={v} asChild size="sm" variant={v === view ? 'primary' : 'secondary'}>
            <Link href={hrefFor(v)} aria-current={v === view ? 'page' : undefined}>
              {VIEWS[v]}
            </Link>
          </Button>
        ))}
      </nav>
      {view === 'html' && messages.length > 0 ? (
        <p className="text-sm text-muted">
          Links in the HTML version do not open here: follow them from the plain text.
        </p>
      ) : null}
      {messages.length === 0 ? <p>No messages.</p> : null}
      {messages.map((m) => (
        <article
          key={m.id}
          className="mb-4 rounded-lg border border-line bg-surface p-5 shadow-card"
          aria-labelledby={`mail-${m.id}`}
        >
          <h2 id={`mail-${m.id}`} className="m-0">
            {m.subject}
          </h2>
          <p className="mt-1 mb-3 text-sm text-muted [overflow-wrap:anywhere]">
            From {m.fromAddress} · to {m.toEmail} · {m.createdAt.toISOString()}
          </p>
          {view === 'html' ? (
            <MailHtmlFrame html={m.html} subject={m.subject} />
          ) : (
            <LinkifiedText text={m.text} />
          )}
        </article>
      ))}
    </Page>
  );
}
