// Opens (and outside production migrates and seeds) the database when the server starts, so
// the first visitor does not wait for it, and starts mail delivery where this process owns it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDbHandle } = await import('./server/db');
  await getDbHandle();
  const { startInProcessEmailWorker } = await import('./server/jobs/start-in-process-worker');
  await startInProcessEmailWorker();
}
