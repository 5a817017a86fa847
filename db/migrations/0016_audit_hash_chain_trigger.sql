-- Each audit event is chained to the previous event of its practice: seq counts from 1, prev_hash
-- is that event's hash, hash is sha256 over prev_hash and the event's own fields. An edit changes
-- the recomputed hash, a deletion leaves a seq gap and a prev_hash that links to nothing.
-- The canonical form is a JSON array (unambiguous with nulls and separators); created_at is
-- printed in UTC so the session's TimeZone does not change it.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
  LANGUAGE sql STABLE SET search_path = public AS
$$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.prev_hash, e.practice_id, e.id, e.seq, e.actor_user_id, e.action, e.target_type, e.target_id,
    e.ip, e.user_agent, e.metadata,
    to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Existing rows: chained in created_at, id order per practice.
DO $$
DECLARE
  r audit_events;
  current_practice uuid;
  previous text;
  n bigint;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY practice_id, created_at, id LOOP
    IF current_practice IS DISTINCT FROM r.practice_id THEN
      current_practice := r.practice_id;
      previous := '';
      n := 0;
    END IF;
    n := n + 1;
    r.seq := n;
    r.prev_hash := previous;
    r.hash := audit_event_hash(r);
    UPDATE audit_events SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash
      WHERE practice_id = r.practice_id AND id = r.id;
    previous := r.hash;
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_practice_seq_idx" ON "audit_events" USING btree ("practice_id","seq");
--> statement-breakpoint
-- The advisory lock serialises inserts per practice until commit, so two transactions cannot both
-- link to the same previous event; the unique (practice_id, seq) index refuses a fork regardless
-- (a REPEATABLE READ writer that cannot see the newer head fails instead of forking).
-- SECURITY DEFINER: the writer may be a client, who cannot read the practice's events under RLS.
CREATE FUNCTION audit_events_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_events:' || NEW.practice_id::text, 0));
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events
    WHERE practice_id = NEW.practice_id ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_events_chain() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
-- The first place a practice's chain breaks, or no row when it is whole. Runs with the caller's
-- rights, so the app sees its own practice's chain only (staff, by the read policy).
-- problem: 'missing' (events before this one are gone), 'unlinked' (prev_hash is not the previous
-- event's hash: the previous event was rewritten with a fresh hash, or events were removed),
-- 'edited' (this event's fields no longer match its hash).
CREATE FUNCTION audit_chain_first_break(p_practice_id uuid)
  RETURNS TABLE (seq bigint, event_id uuid, created_at timestamptz, problem text)
  LANGUAGE sql STABLE SET search_path = public AS
$$
  SELECT c.seq, c.id, c.created_at,
    CASE
      WHEN c.seq <> c.expected_seq THEN 'missing'
      WHEN c.prev_hash <> c.expected_prev THEN 'unlinked'
      ELSE 'edited'
    END
  FROM (
    SELECT a.seq, a.id, a.created_at, a.prev_hash, a.hash,
      audit_event_hash(a) AS recomputed,
      coalesce(lag(a.seq) OVER w, 0) + 1 AS expected_seq,
      coalesce(lag(a.hash) OVER w, '') AS expected_prev
    FROM audit_events a
    WHERE a.practice_id = p_practice_id
    WINDOW w AS (ORDER BY a.seq)
  ) c
  WHERE c.seq <> c.expected_seq OR c.prev_hash <> c.expected_prev OR c.hash <> c.recomputed
  ORDER BY c.seq
  LIMIT 1
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_event_hash(audit_events) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_event_hash(audit_events) TO ninefold_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_chain_first_break(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_chain_first_break(uuid) TO ninefold_app;
