import { connectFromEnv } from '../db/client';
import { migrate } from '../db/migrate';
import { seedDemo } from '../db/seed';
import { hashPassword } from '../server/auth/password';
import { refreshMeasureAlerts } from '../server/services/measures/refresh-measure-alerts';
import { sealMeasureAnswers } from '../server/services/measures/sealed-measure';

const handle = await connectFromEnv();
await migrate(handle);
const { created } = await seedDemo(handle.db, { hashPassword, sealMeasureAnswers, refreshMeasureAlerts });
await handle.close();
console.log(
  created.length ? `Seeded: ${created.join(', ')}` : 'Demo practices already present; nothing to do.',
);
