// Builds a practice's export archive: a folder per entity with <entity>.json and <entity>.csv, and
// manifest.json. Reads on the given connection, scoped to the practice by every statement, and
// reports progress after each entity.
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { DbOrTx } from '@/db/client';
import { toCsvFile, toJsonFile } from './export-files';
import { EXPORT_FORMAT_VERSION, type ExportManifest, manifestNotes } from './export-manifest';
import { EXPORT_REGISTRY, type ExportRow } from './export-registry';
import { readContextRows, readTableRows, tableColumns } from './read-export-rows';

type BuiltExport = { zip: Uint8Array; fileName: string; manifest: ExportManifest };

/** Entities in archive order: the practice and its people first, then every registered table. */
export function exportEntityNames(): string[] {
  return ['practice', 'people', ...Object.keys(EXPORT_REGISTRY).sort()];
}

export async function buildPracticeExport(
  db: DbOrTx,
  job: { practiceId: string; exportId: string; now: Date },
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<BuiltExport> {
  const { practiceId } = job;
  const total = exportEntityNames().length;
  const files: Zippable = {};
  const entities: ExportManifest['entities'] = [];
  const add = (name: string, rows: ExportRow[], columns: string[], note?: string) => {
    files[`${name}/${name}.json`] = strToU8(toJsonFile(rows));
    files[`${name}/${name}.csv`] = strToU8(toCsvFile(rows, columns));
    entities.push({ name, rows: rows.length, files: [`${name}/${name}.json`, `${name}/${name}.csv`], note });
  };

  const context = await readContextRows(db, practiceId);
  const practice = context.practice[0];
  if (!practice) throw new Error('the practice no longer exists');
  add('practice', context.practice, []);
  await onProgress(1, total);
  add(
    'people',
    context.people,
    ['id', 'name', 'email', 'created_at', 'deactivated_at'],
    'Members’ accounts.',
  );
  await onProgress(2, total);

  const excluded: ExportManifest['excluded'] = [];
  let auditCheckpoint: ExportRow | null = null;
  let done = 2;
  for (const [table, rule] of Object.entries(EXPORT_REGISTRY).sort(([x], [y]) => x.localeCompare(y))) {
    if (rule.kind === 'skipped') excluded.push({ table, reason: rule.reason });
    else {
      const tableRows = await readTableRows(db, table, rule, practiceId);
      if (table === 'audit_checkpoints') auditCheckpoint = tableRows.at(-1) ?? null;
      add(
        table,
        tableRows,
        await tableColumns(db, table, rule),
        [rule.note, rule.omit.length ? `Left out: ${rule.omit.join(', ')}.` : undefined]
          .filter(Boolean)
          .join(' ') || undefined,
      );
    }
    await onProgress(++done, total);
  }

  const manifest: ExportManifest = {
    format: 'ninefold-practice-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportId: job.exportId,
    generatedAt: job.now.toISOString(),
    practice: { id: practiceId, name: String(practice.name) },
    entities,
    excluded,
    auditCheckpoint,
    notes: manifestNotes,
  };
  files['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const day = job.now.toISOString().slice(0, 10);
  return {
    zip: zipSync(files, { level: 6 }),
    fileName: `ninefold-export-${day}-${job.exportId.slice(0, 8)}.zip`,
    manifest,
  };
}
