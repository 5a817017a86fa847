// The layers, read from the import graph in the style of the RLS meta-test: a new import that
// crosses a boundary fails here, naming the file and what it imports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importGraph, runtimeClosure } from './import-graph';

const graph = importGraph();
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const edges = [...graph.values()].flat().filter((edge) => !isTest(edge.from));
const describeEdge = (edge: ImportEdge) =>
  `${edge.from} imports ${edge.to}${edge.typeOnly ? ' (types)' : ''}`;

/**
 * Where app/ may call services itself: the pages and actions before sign-in (no practice yet, so
 * no procedure), the route handlers (webhooks, unsubscribe, auth, tRPC), and the local stand-ins
 * for development. Everywhere else app/ goes through procedures (server-api.ts, run-procedure.ts).
 */
const DOORS = [/^app\/\(auth\)\//, /^app\/api\//, /^app\/unsubscribe\//, /^app\/dev\//, /^app\/v1\//];

/** Plain data, wording and shapes that pages may import from services: checked below to touch no database. */
const PLAIN_SERVICE_MODULES = [
  'server/services/audit/audit-labels.ts',
  'server/services/audit/kept-checkpoint.ts',
  'server/services/dashboard/caseload-sorts.ts',
  'server/services/homework/answer-body.ts',
  'server/services/homework/behavior-labels.ts',
  'server/services/homework/progress/perception-gap.ts',
  'server/services/measures/catalogue/index.ts',
  'server/services/measures/measure-scoring.ts',
  'server/services/measures/practice/practice-measure-shape.ts',
  'server/services/measures/measure-thresholds-shape.ts',
  'server/services/notes/note-shape.ts',
  'server/services/practices/email-discretion/email-discretion-shape.ts',
  'server/services/practices/time-zone.ts',
  'server/services/safety/check-in-cadences.ts',
  'server/services/safety/check-in-wording.ts',
];

/** What reaching the database looks like at run time. */
const DATABASE = /^(db\/(client|tenant)\.ts|server\/db\.ts|postgres|@electric-sql\/pglite)$/;

/**
 * What must never be bundled for the browser: the database, the server's settings and secrets, and
 * its cryptography. The check `import 'server-only'` would make at build time, made here for every
 * client component (the package throws outside Next's server bundles, so the tsx entry points
 * could not load a module that imports it).
 */
const SERVER_ONLY =
  /^(db\/(client|tenant)\.ts|server\/db\.ts|server\/env\.ts|server\/crypto\/|postgres|@electric-sql\/pglite)/;
const startsWith = (directive: string) => (file: string) =>
  graph.has(file) &&
  new RegExp(`^\\s*(//[^\\n]*\\n\\s*)*['"]${directive}['"]`).test(readFileSync(file, 'utf8'));
const clientComponents = [...graph.keys()].filter(startsWith('use client'));
/** A client bundle holds only a reference to a server action, never the action's module. */
const isServerAction = startsWith('use server');

describe('import boundaries', () => {
  it('reads the graph: hundreds of files, and imports it can resolve', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(edges.some((e) => e.from.startsWith('app/') && e.to === 'server/trpc/root.ts')).toBe(true);
  });

  it('services import neither app/ nor the tRPC layer nor Next', () => {
    const crossing = edges.filter(
      (e) => e.from.startsWith('server/services/') && /^(app\/|server\/trpc\/|next$|next\/)/.test(e.to),
    );
    expect(crossing.map(describeEdge)).toEqual([]);
  });

  it('db/ imports nothing of server/ or app/', () => {
    const crossing = edges.filter((e) => e.from.startsWith('db/') && /^(server|app)\//.test(e.to));
    expect(crossing.map(describeEdge)).toEqual([]);
  });

  it('server/, db/ and emails/ never import app/, e2e/ or the test fixtures', () => {
    const crossing = edges.filter(
      (e) => /^(server|db|emails)\//.test(e.from) && /^(app|e2e|test)\/|^(vitest|fast-check)$/.test(e.to),
    );
    expect(crossing.map(describeEdge)).toEqual([]);
  });

  it('app/ reaches services only through procedures, outside the doors it names', () => {
    const direct = edges.filter(
      (e) =>
        e.from.startsWith('app/') &&
        e.to.startsWith('server/services/') &&
        !e.typeOnly &&
        !DOORS.some((door) => door.test(e.from)) &&
        !PLAIN_SERVICE_MODULES.includes(e.to),
    );
    expect(direct.map(describeEdge)).toEqual([]);
  });

  it('client components reach no database, server settings or server cryptography', () => {
    expect(clientComponents.length).toBeGreaterThan(20);
    const reached = clientComponents.flatMap((file) =>
      [...runtimeClosure(graph, file, isServerAction)]
        .filter((f) => SERVER_ONLY.test(f))
        .map((f) => `${file} reaches ${f}`),
    );
    expect(reached).toEqual([]);
  });

  it.each(PLAIN_SERVICE_MODULES)('%s is plain: it exists and reaches no database', (file) => {
    expect(graph.has(file)).toBe(true);
    expect([...runtimeClosure(graph, file)].filter((f) => DATABASE.test(f))).toEqual([]);
  });
});
