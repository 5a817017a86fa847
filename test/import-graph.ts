// The project's own import graph, read from the source: which file imports which, and whether
// only for types. Used by the boundaries test; package imports are kept by name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type ImportEdge = { from: string; to: string; typeOnly: boolean };

const ROOTS = ['app', 'server', 'db', 'emails', 'proxy.ts', 'instrumentation.ts'];
const SOURCE = /\.(ts|tsx)$/;
// import x from '…', import { a, type b } from '…', import type … from '…', export … from '…',
// import '…', and import('…').
const STATIC_IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE_IMPORT = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(root = process.cwd()): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isFile()) {
      if (SOURCE.test(relative)) files.push(relative.split(path.sep).join('/'));
      return;
    }
    for (const entry of readdirSync(full)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      walk(path.join(relative, entry));
    }
  };
  for (const entry of ROOTS) walk(entry);
  return files.sort();
}

/** `./x` from `app/a/b.tsx` to `app/a/x.ts`; a package name stays as it is. */
function resolve(from: string, specifier: string, root: string): string {
  if (!specifier.startsWith('.') && !specifier.startsWith('@/')) return specifier;
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : path.posix.join(path.posix.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return base;
}

/** A clause like `{ type A, type B }` imports types only, as does `import type`. */
function onlyTypes(keywordType: string | undefined, clause: string): boolean {
  if (keywordType) return true;
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces?.[1]) return false;
  const names = braces[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

function importsOf(file: string, root = process.cwd()): ImportEdge[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const edges: ImportEdge[] = [];
  for (const m of text.matchAll(STATIC_IMPORT)) {
    const [, , keywordType, clause = '', specifier = ''] = m;
    edges.push({
      from: file,
      to: resolve(file, specifier, root),
      typeOnly: onlyTypes(keywordType, clause.trim()),
    });
  }
  for (const m of text.matchAll(BARE_IMPORT))
    edges.push({ from: file, to: resolve(file, m[1] ?? '', root), typeOnly: false });
  for (const m of text.matchAll(DYNAMIC_IMPORT))
    edges.push({ from: file, to: resolve(file, m[1] ?? '', root), typeOnly: false });
  return edges;
}

export function importGraph(root = process.cwd()): Map<string, ImportEdge[]> {
  return new Map(sourceFiles(root).map((file) => [file, importsOf(file, root)]));
}

/** Every file `file` loads at run time, following value imports only. */
export function runtimeClosure(
  graph: Map<string, ImportEdge[]>,
  file: string,
  /** Files reached but not entered: a server action's module, which a client bundle only calls. */
  stopAt: (file: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    for (const edge of graph.get(f) ?? []) {
      if (edge.typeOnly || seen.has(edge.to)) continue;
      seen.add(edge.to);
      if (!stopAt(edge.to)) visit(edge.to);
    }
  };
  visit(file);
  return seen;
}
