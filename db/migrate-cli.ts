import { connectFromEnv } from './client';
import { migrate } from './migrate';

const handle = await connectFromEnv();
await migrate(handle);
await handle.close();
console.log(
  `Migrated the ${handle.driver === 'pglite' ? 'embedded (.data/pglite)' : 'DATABASE_URL'} database.`,
);
