-- The keyed audit chain (chain version 2). The app computes each event's hash as HMAC-SHA256 under
-- AUDIT_CHAIN_KEY, which the database never holds, so the database can no longer compute it: it
-- hands the writer the head under the practice's lock (audit_chain_head) and the trigger checks
-- that the new event continues it. Rows written before this migration stay version 1 (unkeyed
-- sha256, audit_event_hash); the first keyed event of a practice links to its last legacy hash.
--
-- The head of a practice's chain for the writer, taking the practice's advisory lock until commit
-- so no other writer can link to the same event. SECURITY DEFINER: a client writing an event cannot
-- read the practice's events under RLS. The app role may ask for its own practice only; the system
-- connection (superuser or BYPASSRLS, without SET ROLE: sign-up, accepting an invitation, account
-- events) for any.
CREATE FUNCTION audit_chain_head(p_practice_id uuid) RETURNS TABLE (seq bigint, hash text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  IF p_practice_id IS DISTINCT FROM app_practice_id() AND NOT (
    current_setting('role') = 'none'
    AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls))
  ) THEN
    RAISE EXCEPTION 'audit_chain_head: not the current practice' USING ERRCODE = '42501';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_events:' || p_practice_id::text, 0));
  RETURN QUERY
    SELECT coalesce(max(a.seq), 0)::bigint,
      coalesce((SELECT b.hash FROM audit_events b WHERE b.practice_id = p_practice_id ORDER BY b.seq DESC LIMIT 1), '')
    FROM audit_events a WHERE a.practice_id = p_practice_id;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_chain_head(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_chain_head(uuid) TO ninefold_app;
--> statement-breakpoint
-- Checks, no longer computes: a new event must be keyed (version 2), follow the event before it
-- (seq and prev_hash) and carry a hash of the right shape; the unique (practice_id, seq) index
-- refuses a second event at the same place. Whether the hash is the right MAC only the key can tell
-- (server/services/audit/verify-chain.ts). AFTER the insert, so row-level security refuses a row of
-- another practice first. The lock is already held when the writer went through audit_chain_head.
DROP TRIGGER audit_events_chain ON audit_events;
--> statement-breakpoint
DROP FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE FUNCTION audit_events_check_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  before_seq bigint;
  before_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_events:' || NEW.practice_id::text, 0));
  SELECT a.seq, a.hash INTO before_seq, before_hash FROM audit_events a
    WHERE a.practice_id = NEW.practice_id AND a.seq < NEW.seq ORDER BY a.seq DESC LIMIT 1;
  IF NEW.chain_version IS DISTINCT FROM 2
    OR NEW.seq IS DISTINCT FROM coalesce(before_seq, 0) + 1
    OR NEW.prev_hash IS DISTINCT FROM coalesce(before_hash, '')
    OR NEW.hash !~ '^[0-9a-f]{64}$' THEN
    RAISE EXCEPTION 'audit event does not continue the chain of its practice (seq %, previous %)',
      NEW.seq, coalesce(before_seq, 0) USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_events_check_chain() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER audit_events_check_chain AFTER INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_check_chain();
--> statement-breakpoint
-- Verification needs the key, so it moved into the app; it still asks the database for the legacy
-- rows' sha256 (audit_event_hash, unchanged).
DROP FUNCTION audit_chain_first_break(uuid);
--> statement-breakpoint
-- Checkpoints: read by the practice's staff (the audit page verifies against them), written only by
-- the worker's owner connection. The app role can neither write nor change them.
GRANT SELECT ON audit_checkpoints TO ninefold_app;
--> statement-breakpoint
ALTER TABLE audit_checkpoints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_checkpoints FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_checkpoints_read ON audit_checkpoints FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
