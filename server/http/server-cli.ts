// `npm start` (production build) and `npm run dev`: Next.js behind the request gate, on PORT.
// Next.js's own `next start` has no place for the gate, so it is not how the app runs.
import { createServer } from 'node:http';
import { loadEnv } from '../env';
import { gateRequest } from './request-gate';

const dev = process.argv.includes('--dev');
// As `next start` and `next dev` do; Next's types call NODE_ENV read-only.
(process.env as Record<string, string>).NODE_ENV ||= dev ? 'development' : 'production';
// Without it instrumentation.ts fails every request: the app is only safe behind the gate.
process.env.NINEFOLD_REQUEST_GATE = 'on';

async function main() {
  const settings = loadEnv();
  const port = Number(process.env.PORT ?? 3000);
  const { default: next } = await import('next');
  const app = next({ dev, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const gate = { appOrigin: new URL(settings.appUrl).origin, trustedProxyHops: settings.trustedProxyHops };
  const server = createServer((req, res) => {
    if (gateRequest(req, res, gate)) return;
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, () => {
    console.info(`> Ninefold on http://localhost:${port} (${dev ? 'development' : process.env.NODE_ENV})`);
  });
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
