import { Link, Text } from '@react-email/components';

/** The button's address in full, for mail clients that do not show buttons. */
export function LinkFallback({ href }: { href: string }) {
  return (
    <Text>
      Or paste this address into your browser: <Link href={href}>{href}</Link>
    </Text>
  );
}
