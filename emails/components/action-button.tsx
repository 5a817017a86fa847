import { Button } from '@react-email/components';

export function ActionButton({ href, label }: { href: string; label: string }) {
  return (
    <Button
      href={href}
      style={{
        backgroundColor: '#2f5d62',
        color: '#ffffff',
        padding: '12px 20px',
        borderRadius: '6px',
        fontWeight: 600,
      }}
    >
      {label}
    </Button>
  );
}
