import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const body = { backgroundColor: '#f6f5f2', fontFamily: 'Helvetica, Arial, sans-serif', color: '#1f2a2e' };
const container = { backgroundColor: '#ffffff', margin: '24px auto', padding: '24px', maxWidth: '520px' };
const footer = { color: '#5b6b70', fontSize: '12px' };

/**
 * Shared frame for every message, headed by the practice that sends it, or by nothing at all when
 * discreet. Emails never carry clinical content: a shared inbox may be read by anyone, the other
 * partner included.
 */
export function EmailLayout({
  preview,
  practiceName,
  discreet = false,
  unsubscribeUrl,
  children,
}: {
  preview: string;
  /** Absent only for messages about Ninefold itself, such as a sign-in link. */
  practiceName?: string;
  /** No practice, no product name: the message could be from any service the person uses. */
  discreet?: boolean;
  /** A nudge's one-click unsubscribe page; absent on messages the person asked for. */
  unsubscribeUrl?: string;
  children: ReactNode;
}) {
  const heading = discreet ? null : (practiceName ?? 'Ninefold');
  return (
    <Html lang="en">
      <Head>
        <title>{heading ?? 'Notification'}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          {heading ? <Text style={{ fontSize: '18px', fontWeight: 700, margin: 0 }}>{heading}</Text> : null}
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            {discreet ? '' : practiceName ? `Sent by Ninefold for ${practiceName}. ` : 'Sent by Ninefold. '}
            {discreet
              ? 'This email never includes what you write; sign in to read it.'
              : 'Our emails never include what you write in Ninefold; sign in to read it.'}
          </Text>
          {unsubscribeUrl ? (
            <Text style={footer}>
              Rather not get these? <Link href={unsubscribeUrl}>Unsubscribe</Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
