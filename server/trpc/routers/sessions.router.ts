// Counseling sessions: schedule, reschedule, cancel, attendance.
import { router } from '../init';

export const sessionsRouter = router({});
