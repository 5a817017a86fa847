// The bare reference: node:http + postgres.js, no framework. It runs the dashboard's statement
// exactly as the app sends it (text and parameters precomputed by the bench for each counselor in
// the mix), prepared, inside the same tenant transaction as db/tenant.ts (same settings, same
// role, so the same RLS), and answers with the rows as JSON.
// Usage: node --import tsx bench/dashboard/raw-server.ts <config.json>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import postgres from 'postgres';
import type { RawServerConfig } from './raw-config';

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as RawServerConfig;
const sql = postgres(config.databaseUrl, { max: config.poolSize, onnotice: () => {} });

const server = createServer(async (req, res) => {
  const index = Number(new URL(req.url ?? '/', 'http://raw').searchParams.get('i'));
  const target = config.targets[index];
  if (!target) {
    res.writeHead(404).end();
    return;
  }
  try {
    const rows = await sql.begin(async (tx) => {
      await tx`select set_config('app.practice_id', ${target.practiceId}, true), set_config('app.user_id', ${target.userId}, true), set_config('role', ${config.appRole}, true)`;
      return tx.unsafe(target.text, target.params as never[], { prepare: true });
    });
    const body = JSON.stringify(rows);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    console.error(`raw server: ${(error as Error).message}`);
    res.writeHead(500).end();
  }
});

server.listen(config.port, '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void sql.end({ timeout: 2 }).then(() => process.exit(0));
});
