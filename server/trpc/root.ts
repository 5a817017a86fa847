import { createCallerFactory, router } from './init';
import { auditRouter } from './routers/audit.router';
import { couplesRouter } from './routers/couples.router';
import { exercisesRouter, homeworkRouter } from './routers/homework.router';
import { portalRouter } from './routers/portal.router';
import { practiceRouter } from './routers/practice.router';
import { teamRouter } from './routers/team.router';

export const appRouter = router({
  practice: practiceRouter,
  team: teamRouter,
  couples: couplesRouter,
  exercises: exercisesRouter,
  homework: homeworkRouter,
  portal: portalRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
