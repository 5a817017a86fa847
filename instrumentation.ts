// Opens (and outside production migrates and seeds) the database when the server starts, so
// the first visitor does not wait for it, and starts mail delivery where this process owns it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NINEFOLD_REQUEST_GATE !== 'on') {
    // Without the gate a caller picks its own address (rate limits) and other sites may post.
    throw new Error(
      'Start Ninefold with `npm start` or `npm run dev` (server/http/server-cli.ts), not `next`.',
    );
  }
  const { getDbHandle } = await import('./server/db');
  await getDbHandle();
  const { startInProcessEmailWorker } = await import('./server/jobs/start-in-process-worker');
  await startInProcessEmailWorker();
}
