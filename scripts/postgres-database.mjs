// `node scripts/postgres-database.mjs create|drop <database-url>`: creates or drops the database the
// URL names, connecting to the same server's `postgres` database. Used by .ci/run.
import postgres from 'postgres';

const [action, url] = process.argv.slice(2);
if (!['create', 'drop'].includes(action) || !url) {
  console.error('usage: postgres-database.mjs create|drop <database-url>');
  process.exit(2);
}
const target = new URL(url);
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error(`refusing unusual database name "${name}"`);
  process.exit(2);
}
target.pathname = '/postgres';
const sql = postgres(target.toString(), { max: 1, onnotice: () => {} });
try {
  await sql.unsafe(
    action === 'create' ? `CREATE DATABASE ${name}` : `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`,
  );
  console.log(`${action === 'create' ? 'created' : 'dropped'} database ${name}`);
} finally {
  await sql.end();
}
