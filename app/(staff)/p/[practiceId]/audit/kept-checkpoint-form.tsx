// Checks the log against a checkpoint kept outside the database (from a data export's manifest):
// a plain GET form, like the filters, that works without JavaScript.
export function KeptCheckpointForm({ value, invalid }: { value?: string; invalid: boolean }) {
  return (
    <form method="get" className="card" aria-label="Check against a checkpoint from a data export">
      <div className="field">
        <label htmlFor="audit-kept-checkpoint">Checkpoint from a data export</label>
        <textarea
          id="audit-kept-checkpoint"
          name="checkpoint"
          rows={3}
          defaultValue={value ?? ''}
          aria-describedby="audit-kept-checkpoint-help"
          aria-invalid={invalid || undefined}
        />
        <p id="audit-kept-checkpoint-help" className="muted">
          Paste <code>auditCheckpoint</code> from the export’s <code>manifest.json</code> (or a row of{' '}
          <code>audit_checkpoints.json</code>). It shows events or checkpoints deleted since that export.
        </p>
        {invalid ? (
          <p role="alert" className="alert alert-error">
            That is not a checkpoint: paste the whole JSON object, with n, seq, hash, created_at and mac.
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit">Check the log against it</button>
      </div>
    </form>
  );
}
