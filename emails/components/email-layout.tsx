import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const body = { backgroundColor: '#f6f5f2', fontFamily: 'Helvetica, Arial, sans-serif', color: '#1f2a2e' };
const container = { backgroundColor: '#ffffff', margin: '24px auto', padding: '24px', maxWidth: '520px' };
const footer = { color: '#5b6b70', fontSize: '12px' };

/** Shared frame for every message. Emails never carry clinical content: a shared inbox may be read by anyone. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={{ fontSize: '18px', fontWeight: 700, margin: 0 }}>Ninefold</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            You received this because someone set up an account for this address on Ninefold.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
