// `npm run measures:reconcile`: rebuilds every practice's caseload measure alerts from the answers.
import { connectFromEnv } from '../db/client';
import { migrate } from '../db/migrate';
import { reconcileMeasureAlerts } from '../server/services/measures/reconcile-measure-alerts';

const handle = await connectFromEnv();
await migrate(handle);
const result = await reconcileMeasureAlerts(handle.db);
await handle.close();
console.log(
  `Measure alerts rebuilt for ${result.practices} practices: ${result.couplesWithAlerts} couples with alerts, ${result.corrected} corrected.`,
);
