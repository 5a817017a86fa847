import { describe, expect, it } from 'vitest';
import { parseCsv } from '../audit/parse-csv';
import { toCsvFile, toJsonFile } from './export-files';

describe('export files', () => {
  const rows = [
    {
      id: 'a',
      note: 'line one\nline "two", quoted',
      content: { kind: 'reflection', answers: ['x'] },
      done: true,
    },
    { id: 'b', note: '=HYPERLINK("http://evil")', content: null, done: false },
  ];

  it('writes CSV a spreadsheet reads back: quoted cells, nested values as JSON, formulas disarmed', () => {
    const csv = toCsvFile(rows, []);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['id', 'note', 'content', 'done'],
      ['a', 'line one\nline "two", quoted', '{"kind":"reflection","answers":["x"]}', 'true'],
      ['b', '\'=HYPERLINK("http://evil")', '', 'false'],
    ]);
  });

  it('keeps the exact values in JSON', () => {
    expect(JSON.parse(toJsonFile(rows))).toEqual(rows);
  });

  it('writes the header alone for an empty table', () => {
    expect(toCsvFile([], ['practice_id', 'id'])).toBe('practice_id,id\r\n');
  });
});
