// Every audit event goes through recordAudit (the keyed chain's one writer): no other source file
// inserts into audit_events, through drizzle or raw SQL. Tests that simulate tampering are exempt.
import { globSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const WRITER = 'server/services/audit/record-audit.ts';
const INSERTS = [/insert\(\s*auditEvents\s*\)/, /insert\s+into\s+"?audit_events"?/i];

it('finds no writer of audit events but recordAudit', () => {
  const sources = ['app', 'server', 'db', 'scripts', 'test', 'emails'].flatMap((dir) =>
    globSync(`${dir}/**/*.{ts,tsx}`).filter((file) => !/\.test\.tsx?$/.test(file)),
  );
  expect(sources).toContain(WRITER);
  const writers = sources.filter((file) => INSERTS.some((re) => re.test(readFileSync(file, 'utf8'))));
  expect(writers).toEqual([WRITER]);
  const sqlWriters = globSync('db/migrations/*.sql').filter((file) =>
    INSERTS.some((re) => re.test(readFileSync(file, 'utf8'))),
  );
  expect(sqlWriters).toEqual([]);
});
