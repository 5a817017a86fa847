import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const body = { backgroundColor: '#f6f5f2', fontFamily: 'Helvetica, Arial, sans-serif', color: '#1f2a2e' };
const container = { backgroundColor: '#ffffff', margin: '24px auto', padding: '24px', maxWidth: '520px' };
const footer = { color: '#5b6b70', fontSize: '12px' };

/**
 * Shared frame for every message, headed by the practice that sends it. Emails never carry
 * clinical content: a shared inbox may be read by anyone, the other partner included.
 */
export function EmailLayout({
  preview,
  practiceName,
  unsubscribeUrl,
  children,
}: {
  preview: string;
  /** Absent only for messages about Ninefold itself, such as a sign-in link. */
  practiceName?: string;
  /** A nudge's one-click unsubscribe page; absent on messages the person asked for. */
  unsubscribeUrl?: string;
  children: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head>
        <title>{practiceName ?? 'Ninefold'}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={{ fontSize: '18px', fontWeight: 700, margin: 0 }}>{practiceName ?? 'Ninefold'}</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            {practiceName ? `Sent by Ninefold for ${practiceName}. ` : 'Sent by Ninefold. '}
            Our emails never include what you write in Ninefold; sign in to read it.
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
