// Child processes for the bench: the production Next server and the bare reference server. Each
// runs in its own process group so stopping it also stops what it spawned.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Running = { name: string; child: ChildProcess; output: () => string };

function launch(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): Running {
  const child = spawn(command, args, {
    // Next types NODE_ENV as a literal union; these are plain strings.
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, child, output: () => output };
}

export async function waitUntilUp(running: Running, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null)
      throw new Error(`${running.name} exited (${running.child.exitCode}):\n${running.output()}`);
    const up = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${running.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${running.output()}`);
}

/** The production server as `npm start` runs it: Next.js behind the request gate. */
export function startNext(port: number, env: Record<string, string>): Running {
  const serverCli = path.join(process.cwd(), 'server', 'http', 'server-cli.ts');
  return launch(`npm start :${port}`, process.execPath, ['--import', 'tsx', serverCli], {
    ...process.env,
    ...env,
    PORT: String(port),
  });
}

export function startRawServer(configFile: string): Running {
  return launch(
    'raw server',
    process.execPath,
    ['--import', 'tsx', path.join(process.cwd(), 'bench', 'dashboard', 'raw-server.ts'), configFile],
    process.env,
  );
}

export async function stop(running: Running): Promise<void> {
  const { child } = running;
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export function hasProductionBuild(): boolean {
  return existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'));
}

export async function runBuild(): Promise<void> {
  const child = spawn('npm', ['run', 'build'], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
}

/** CPU time (ms) used so far by a server's process group, from /proc; null where there is no /proc. */
export function cpuMs(running: Running): number | null {
  const group = running.child.pid;
  if (group === undefined || !existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may contain spaces): state is [0], pgrp [2], utime [11], stime [12].
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, 100 on every mainstream kernel. */
const CLOCK_TICKS_PER_SECOND = 100;
