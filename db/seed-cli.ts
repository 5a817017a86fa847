import { hashPassword } from '../server/auth/password';
import { connectFromEnv } from './client';
import { migrate } from './migrate';
import { seedDemo } from './seed';

const handle = await connectFromEnv();
await migrate(handle);
const { created } = await seedDemo(handle.db, { hashPassword });
await handle.close();
console.log(
  created.length ? `Seeded: ${created.join(', ')}` : 'Demo practices already present; nothing to do.',
);
