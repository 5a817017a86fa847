// Every tenant table and how the practice export treats it: one line per table. The completeness
// test (export-completeness.int.test.ts) reads the catalog and fails when a table with practice_id
// is missing here, so a new tenant table must be registered: `rows()` exports it as stored,
// `rows({ omit: [...] })` leaves secret columns out, `rows({ open })` decrypts, `skipped(reason)`
// leaves the table out of the archive with the reason in the manifest.
import type { AnswerVisibility } from '@/db/schema';
import { staffMayReadAnswer } from '../homework/answer-visibility';
import { openAnswer } from '../homework/stored-answer';
import { openMeasureAnswers } from '../measures/sealed-measure';
import { openAddendum, openNoteContent } from '../notes/sealed-text';
import { openCheckIn, openFlagNote } from '../safety/sealed-safety';

export type ExportRow = Record<string, unknown>;

export type ExportRule =
  | {
      kind: 'rows';
      /** Columns that never leave the database (secrets, ciphertexts replaced by `open`). */
      omit: readonly string[];
      /** The column rows are ordered by (the primary key's last column, as a rule). */
      orderBy: string;
      /** Decrypts or otherwise finishes a row; gets the row as stored. */
      open?: (practiceId: string, row: ExportRow) => ExportRow;
      /** What a reader of the archive should know about this entity. */
      note?: string;
    }
  | { kind: 'skipped'; reason: string };

const rows = (options: Partial<Omit<Extract<ExportRule, { kind: 'rows' }>, 'kind'>> = {}): ExportRule => ({
  kind: 'rows',
  omit: [],
  orderBy: 'id',
  ...options,
});
const skipped = (reason: string): ExportRule => ({ kind: 'skipped', reason });

const text = (row: ExportRow, key: string) => String(row[key]);

/** Decrypted exactly when the practice's staff may read the answer in the app; otherwise withheld. */
function openResponse(practiceId: string, { body_ciphertext, ...row }: ExportRow): ExportRow {
  const facts = { submitted: row.status === 'submitted', visibility: row.visibility as AnswerVisibility };
  if (!staffMayReadAnswer(facts))
    return { ...row, body: null, body_withheld: facts.submitted ? 'private answer' : 'draft (not sent)' };
  return { ...row, body: openAnswer(practiceId, text(row, 'id'), String(body_ciphertext)) };
}

export const EXPORT_REGISTRY: Record<string, ExportRule> = {
  assignments: rows(),
  audit_checkpoints: rows({
    orderBy: 'n',
    note: 'The audit chain’s head as recorded now and then (MAC’d with the chain key); the last one was written when this export was built. Keep it: a later log that no longer reaches its seq, or holds another hash there, was cut or rewritten.',
  }),
  audit_events: rows({ orderBy: 'seq' }),
  billing_customers: rows({ orderBy: 'practice_id' }),
  counseling_sessions: rows(),
  couple_safety_settings: rows({ orderBy: 'couple_id' }),
  couple_measure_alerts: skipped(
    'derived: each couple’s measure alerts, recomputed from measure_responses and the practice’s thresholds',
  ),
  couples: rows(),
  invitations: rows({ omit: ['token_hash'] }),
  measure_responses: rows({
    omit: ['answers_ciphertext'],
    open: (practiceId, { answers_ciphertext, ...row }) => ({
      ...row,
      answers: openMeasureAnswers(practiceId, text(row, 'id'), String(answers_ciphertext)),
    }),
    note: 'Each partner’s questionnaire answers (built-in measures, or a practice measure when `measure_slug` is pm-<id>), decrypted into `answers` by item; `score` as scored when sent. Never shown to the other partner.',
  }),
  measure_schedules: rows({
    orderBy: 'couple_id',
    note: 'Which questionnaires each couple is asked, and when.',
  }),
  memberships: rows(),
  partners: rows(),
  practice_crisis_lines: rows(),
  practice_exercises: rows(),
  practice_measures: rows({
    note: 'Measures the practice entered itself (questions, scale, scoring, bands and licence note in `definition`); `measure_slug` pm-<id> in measure_schedules and measure_responses names one of them.',
  }),
  practice_export_files: skipped('the ZIP files of exports themselves'),
  practice_exports: rows({ omit: ['lease_until'] }),
  practice_subscriptions: rows({ orderBy: 'practice_id' }),
  process_notes: rows({
    omit: ['body_ciphertext'],
    note: 'Process (psychotherapy) notes are their author’s alone: listed without their text.',
  }),
  responses: rows({
    omit: ['body_ciphertext'],
    open: openResponse,
    note: 'Answers are decrypted into `body` where the practice’s staff may read them in Ninefold (sent, and shared with the counselor or the couple); private answers and unsent drafts have body null and say why in `body_withheld`.',
  }),
  safety_check_ins: rows({
    omit: ['answers_ciphertext'],
    open: (practiceId, { answers_ciphertext, ...row }) => ({
      ...row,
      ...openCheckIn(practiceId, text(row, 'id'), String(answers_ciphertext)),
    }),
    note: 'Each partner’s private safety check-ins, decrypted into `answers` and `note`. Never shown to the other partner.',
  }),
  safety_flags: rows({
    omit: ['note_ciphertext'],
    open: (practiceId, { note_ciphertext, ...row }) => ({
      ...row,
      note:
        note_ciphertext === null ? null : openFlagNote(practiceId, text(row, 'id'), String(note_ciphertext)),
    }),
    note: 'Flags raised by concerning check-in answers; the acknowledgement note decrypted into `note`.',
  }),
  session_note_addenda: rows({
    omit: ['body_ciphertext'],
    open: (practiceId, { body_ciphertext, ...row }) => ({
      ...row,
      body: openAddendum(practiceId, text(row, 'id'), String(body_ciphertext)),
    }),
    note: 'Decrypted into `body`.',
  }),
  session_notes: rows({
    omit: ['content_ciphertext'],
    open: (practiceId, { content_ciphertext, ...row }) => ({
      ...row,
      content: openNoteContent(practiceId, text(row, 'id'), String(content_ciphertext)),
    }),
    note: 'Decrypted into `content` (observations, narrative sections, homework review).',
  }),
};

/** What to add to EXPORT_REGISTRY for tables it does not know yet (the completeness test's message). */
export function missingRegistrations(tenantTables: readonly string[]): string[] {
  return tenantTables
    .filter((table) => !(table in EXPORT_REGISTRY))
    .map(
      (table) =>
        `${table}: rows(), (or rows({ omit: [...secret columns] }), rows({ open }) to decrypt, skipped('why')) in server/services/exports/export-registry.ts`,
    );
}
