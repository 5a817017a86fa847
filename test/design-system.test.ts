// DESIGN.md section 6: screens are built from the design system's components and Tailwind
// utilities; no screen defines a global class name, and no screen brings a stylesheet of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = join(import.meta.dirname, '..', 'app');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the design system', () => {
  const files = filesUnder(APP).map((file) => relative(APP, file));

  it('has one stylesheet, the tokens and base layer in app/globals.css', () => {
    expect(files.filter((file) => file.endsWith('.css'))).toEqual(['globals.css']);
  });

  it('defines no class names in it, only tokens and element styles', () => {
    const css = readFileSync(join(APP, 'globals.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.match(/^\s*[^@{}\n]*\.[a-z][\w-]*[^{}\n]*\{/gim) ?? []).toEqual([]);
  });

  it('is imported by the root layout alone', () => {
    const importers = files.filter(
      (file) =>
        /\.tsx?$/.test(file) && /import\s+['"][^'"]+\.css['"]/.test(readFileSync(join(APP, file), 'utf8')),
    );
    expect(importers).toEqual(['layout.tsx']);
  });
});
