// Every route of the production build under test, read from its own manifest, with each dynamic
// segment filled in: tests that must cover "every page and handler" follow the build, not a list.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type BuildRoute = { route: string; kind: 'page' | 'route-handler' };

export function buildRoutes(): BuildRoute[] {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  return Object.entries(manifest).map(([entry, route]) => ({
    route,
    kind: entry.endsWith('/route') ? 'route-handler' : 'page',
  }));
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** `/p/[practiceId]/couples/[coupleId]` with the given ids; any other segment an id nobody has. */
export function fillRoute(route: string, ids: Record<string, string> = {}): string {
  return route
    .replace(/\[\[?\.\.\.(\w+)\]\]?/g, (_, name: string) => ids[name] ?? 'x')
    .replace(/\[(\w+)\]/g, (_, name: string) => ids[name] ?? NO_SUCH_ID);
}
