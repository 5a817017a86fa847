// The two files of each entity: exact JSON, and CSV for spreadsheets (RFC 4180 by csv-stringify;
// nested values as JSON; a cell a spreadsheet would run as a formula gets a leading apostrophe).
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './export-registry';

const FORMULA_START = /^[=+\-@\t\r]/;

export function toJsonFile(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function toCsvFile(rows: readonly ExportRow[], emptyColumns: readonly string[]): string {
  const columns = rows.length ? [...new Set(rows.flatMap((row) => Object.keys(row)))] : [...emptyColumns];
  if (columns.length === 0) return '';
  return stringify(rows as ExportRow[], {
    header: true,
    columns,
    record_delimiter: 'windows',
    cast: {
      boolean: (value) => String(value),
      object: (value) => JSON.stringify(value),
      string: (value) => (FORMULA_START.test(value) ? `'${value}` : value),
    },
  });
}
