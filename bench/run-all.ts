// `npm run bench`: builds when there is no production build, then runs every bench in turn, each
// to its end even when an earlier one missed its budget. Exits non-zero when any of them did.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const npm = (script: string) =>
  spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status ?? 1;

if (!existsSync(path.join('.next', 'BUILD_ID'))) {
  console.log('No production build (.next/BUILD_ID): running npm run build…');
  if (npm('build') !== 0) process.exit(1);
}
const failed = ['bench:first-load', 'bench:dashboard', 'bench:outbox'].filter((script) => npm(script) !== 0);
if (failed.length) console.error(`Missed a budget or failed: ${failed.join(', ')}`);
process.exitCode = failed.length ? 1 : 0;
