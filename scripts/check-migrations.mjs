// Fails when db/schema has changed without a committed migration: runs drizzle-kit generate and
// checks it wrote nothing. Anything it wrote is removed again, so the check leaves no trace.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = 'db/migrations';

function snapshot() {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = readFileSync(file);
    files.set(file, { content, hash: createHash('sha256').update(content).digest('hex') });
  }
  return files;
}

const before = snapshot();
execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'drift_check'], { stdio: 'inherit' });
const after = snapshot();

const drifted = [];
for (const [file, { hash }] of after) {
  const old = before.get(file);
  if (!old) {
    drifted.push(`new ${file}`);
    rmSync(file);
  } else if (old.hash !== hash) {
    drifted.push(`changed ${file}`);
    writeFileSync(file, old.content);
  }
}

if (drifted.length) {
  console.error(
    `\nThe schema in db/schema differs from the committed migrations:\n  ${drifted.join('\n  ')}\n` +
      'Run `npm run db:generate`, review the SQL and commit it.',
  );
  process.exit(1);
}
console.log('Schema and migrations agree.');
