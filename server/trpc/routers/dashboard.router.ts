// The counselor's caseload dashboard and pre-session digests.
import { router } from '../init';

export const dashboardRouter = router({});
