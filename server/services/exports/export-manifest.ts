// manifest.json at the root of every practice export: what is in the archive and how to read it.
export const EXPORT_FORMAT_VERSION = 1;

export type ExportManifest = {
  format: 'ninefold-practice-export';
  formatVersion: number;
  exportId: string;
  generatedAt: string;
  practice: { id: string; name: string };
  /** One per folder: its row count and files. */
  entities: { name: string; rows: number; files: string[]; note?: string }[];
  /** Tables deliberately not in the archive. */
  excluded: { table: string; reason: string }[];
  /** The newest audit checkpoint in the archive (its row in audit_checkpoints), if the log has events. */
  auditCheckpoint: Record<string, unknown> | null;
  notes: Record<string, string>;
};

export const manifestNotes: Record<string, string> = {
  layout:
    'One folder per entity holding <entity>.json (an array of rows, exact values) and <entity>.csv (the same rows for spreadsheets). Column names are the database columns (snake_case); timestamps are ISO 8601 in UTC.',
  decryption:
    'Session notes, addenda, every sent answer shared with the counselor or the couple, safety check-ins and flag acknowledgement notes are decrypted: what the practice’s staff may read in Ninefold. Private answers, answers not yet sent (drafts) and process notes are readable only by their author in Ninefold and stay so here: their rows are listed without their text.',
  secrets:
    'No password hashes, invitation token hashes, sign-in links, two-factor secrets or email bodies are exported.',
  audit:
    'audit_events is the keyed audit chain: hash is HMAC-SHA256 under the practice’s AUDIT_CHAIN_KEY (chain_version 2; version 1 rows are the older unkeyed sha256 chain), prev_hash the previous event’s hash. audit_checkpoints holds MAC’d heads of the chain; the newest was written for this export.',
  csv: 'RFC 4180, UTF-8, CRLF, a header row. Nested values (note content, answers, exercise content) are JSON in one cell. A cell that a spreadsheet would run as a formula (starting with = + - @) has a leading apostrophe; the JSON files keep the exact value.',
};
