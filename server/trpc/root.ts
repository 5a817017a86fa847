import { createCallerFactory, router } from './init';
import { accountRouter } from './routers/account.router';
import { auditRouter } from './routers/audit.router';
import { billingRouter } from './routers/billing.router';
import { clientDataRouter } from './routers/client-data.router';
import { couplesRouter } from './routers/couples.router';
import { dashboardRouter } from './routers/dashboard.router';
import { exportsRouter } from './routers/exports.router';
import { exercisesRouter, homeworkRouter } from './routers/homework.router';
import { measuresRouter } from './routers/measures.router';
import { notesRouter } from './routers/notes.router';
import { portalRouter } from './routers/portal.router';
import { practiceRouter } from './routers/practice.router';
import { practiceMeasuresRouter } from './routers/practice-measures.router';
import { practiceSecurityRouter } from './routers/practice-security.router';
import { preferencesRouter } from './routers/preferences.router';
import { safetyRouter } from './routers/safety.router';
import { sessionsRouter } from './routers/sessions.router';
import { teamRouter } from './routers/team.router';
import { timelineRouter } from './routers/timeline.router';

export const appRouter = router({
  practice: practiceRouter,
  practiceSecurity: practiceSecurityRouter,
  account: accountRouter,
  team: teamRouter,
  couples: couplesRouter,
  exercises: exercisesRouter,
  homework: homeworkRouter,
  portal: portalRouter,
  audit: auditRouter,
  sessions: sessionsRouter,
  notes: notesRouter,
  dashboard: dashboardRouter,
  timeline: timelineRouter,
  preferences: preferencesRouter,
  billing: billingRouter,
  exports: exportsRouter,
  clientData: clientDataRouter,
  safety: safetyRouter,
  measures: measuresRouter,
  practiceMeasures: practiceMeasuresRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
