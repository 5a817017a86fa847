-- Tenancy and privacy wall for the caseload's measure alerts. Staff who may see the couple read its
-- row; clients have no access at all. Nobody writes the table directly: the app role holds SELECT
-- only, and the rows change through app_replace_couple_measure_alerts, which the recompute calls in
-- the same transaction as every answer and threshold change. Both functions are SECURITY DEFINER
-- because the recompute runs in the answering partner's transaction too, and that partner may
-- read neither the other partner's answers nor the alerts. They hand out and take scores only
-- (never an answer), for couples of the current practice the caller belongs to (a client: their
-- own couple; staff: the couples they see); the system connection (superuser or BYPASSRLS, without
-- SET ROLE: the seed, the reconcile command) may name any practice, as audit_chain_head allows.
CREATE FUNCTION app_is_system_connection() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT current_setting('role') = 'none'
  AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls)) $$;
--> statement-breakpoint
-- The scored answers of the given couples, for the recompute: no answers, no ciphertexts.
CREATE FUNCTION app_measure_alert_scores(p_practice_id uuid, p_couple_ids uuid[])
  RETURNS TABLE (couple_id uuid, partner_id uuid, measure_slug text, session_id uuid, submitted_at timestamptz, score numeric)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT r.couple_id, r.partner_id, r.measure_slug, r.session_id, r.submitted_at, r.score
  FROM measure_responses r
  WHERE r.practice_id = p_practice_id AND r.couple_id = ANY (p_couple_ids)
    AND (app_is_system_connection() OR (p_practice_id = app_practice_id()
      AND (r.couple_id = app_client_couple_id() OR app_staff_sees_couple(r.couple_id))))
  ORDER BY r.couple_id, r.submitted_at, r.id $$;
--> statement-breakpoint
-- Replaces the alert rows of the given couples (all of them must be the caller's to recompute).
CREATE FUNCTION app_replace_couple_measure_alerts(p_practice_id uuid, p_couple_ids uuid[],
  p_not_improving uuid[], p_worse uuid[], p_alliance_split uuid[])
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  allowed uuid[];
BEGIN
  SELECT coalesce(array_agg(c.id), '{}') INTO allowed FROM couples c
  WHERE c.practice_id = p_practice_id AND c.id = ANY (p_couple_ids)
    AND (app_is_system_connection() OR (p_practice_id = app_practice_id()
      AND (c.id = app_client_couple_id() OR app_staff_sees_couple(c.id))));
  IF cardinality(allowed) <> (SELECT count(DISTINCT x) FROM unnest(p_couple_ids) x) THEN
    RAISE EXCEPTION 'app_replace_couple_measure_alerts: a couple the caller may not recompute'
      USING ERRCODE = '42501';
  END IF;
  DELETE FROM couple_measure_alerts a WHERE a.practice_id = p_practice_id AND a.couple_id = ANY (allowed);
  INSERT INTO couple_measure_alerts (practice_id, couple_id, not_improving, worse, alliance_split)
  SELECT p_practice_id, c, c = ANY (p_not_improving), c = ANY (p_worse), c = ANY (p_alliance_split)
  FROM unnest(allowed) c
  WHERE c = ANY (p_not_improving) OR c = ANY (p_worse) OR c = ANY (p_alliance_split);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_is_system_connection() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_measure_alert_scores(uuid, uuid[]) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_replace_couple_measure_alerts(uuid, uuid[], uuid[], uuid[], uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_system_connection(), app_measure_alert_scores(uuid, uuid[]),
  app_replace_couple_measure_alerts(uuid, uuid[], uuid[], uuid[], uuid[]) TO ninefold_app;
--> statement-breakpoint
GRANT SELECT ON couple_measure_alerts TO ninefold_app;
--> statement-breakpoint
ALTER TABLE couple_measure_alerts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE couple_measure_alerts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY couple_measure_alerts_staff_read ON couple_measure_alerts FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
