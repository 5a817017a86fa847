// The app as `npm start` runs it (production build, request gate), on a fresh embedded database
// that seeds the demo on first start, like the e2e suite's server.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

type AppServer = { baseURL: string; stop: () => void };

export async function startAppServer(port: number, dataDir: string, logFile: string): Promise<AppServer> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` first.`);
  const baseURL = `http://localhost:${port}`;
  if (await answers(baseURL))
    throw new Error(`Something already answers on port ${port}: choose another with SCREENSHOTS_PORT.`);
  rmSync(dataDir, { recursive: true, force: true });
  // Always the embedded demo database, even when DATABASE_URL is set for the tests.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server = spawn('npm', ['start'], {
    env: {
      ...env,
      PORT: String(port),
      APP_URL: baseURL,
      NINEFOLD_ENV: 'test',
      PGLITE_DIR: path.join(dataDir, 'pglite'),
      // Each person browses from an address of their own (people.ts), as behind one proxy.
      TRUSTED_PROXY_HOPS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = createWriteStream(logFile);
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const stop = () => stopGroup(server);
  try {
    await waitUntilUp(server, baseURL, logFile);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, stop };
}

async function waitUntilUp(server: ChildProcess, baseURL: string, logFile: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The app stopped (exit ${server.exitCode}); see ${logFile}`);
    if (await answers(baseURL)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer on ${baseURL} within 2 minutes; see ${logFile}`);
}

async function answers(baseURL: string): Promise<boolean> {
  return fetch(`${baseURL}/sign-in`).then(
    (response) => response.ok,
    () => false,
  );
}

/** npm, tsx and node run as one process group: end all of it. */
function stopGroup(server: ChildProcess) {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
