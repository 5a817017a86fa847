// Every action the app writes to the audit log has words for the people who read it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, hasAuditActionLabel, readableAddress } from './audit-labels';

const ACTION_CODE = /'([a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+)'/g;

/** The action codes in the server's source: `action: …` in a recordAudit call, and account events. */
function writtenActions(): string[] {
  const root = path.resolve(__dirname, '../..');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.test.ts'),
  );
  const codes = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(file.parentPath, file.name), 'utf8');
    if (!/recordAudit|recordAccountEvent/.test(text)) continue;
    const places = [...text.matchAll(/action:\s*([^\n]+)/g), ...text.matchAll(/\|\s*('user\.[^']+')/g)];
    for (const [, place] of places)
      for (const [, code] of place?.matchAll(ACTION_CODE) ?? []) codes.add(code ?? '');
  }
  return [...codes];
}

describe('audit words', () => {
  it('label every action the app writes', () => {
    const actions = writtenActions();
    expect(actions).toEqual(
      expect.arrayContaining(['safety.hold.placed', 'safety.hold.lifted', 'user.recovery-code-used']),
    );
    expect(actions.filter((a) => !hasAuditActionLabel(a))).toEqual([]);
  });

  it('say an action in plain words, and keep an unknown code as it is', () => {
    expect(auditActionLabel('safety.hold.placed')).toBe('Placed a safety hold');
    expect(auditActionLabel('test.unknown')).toBe('test.unknown');
  });

  it('name the server’s own machine, and show any other address as it is', () => {
    for (const ip of ['::1', '127.0.0.1', '::ffff:127.0.0.1'])
      expect(readableAddress(ip)).toBe('This computer');
    expect(readableAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(readableAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(readableAddress(null)).toBe('Not recorded');
  });
});
