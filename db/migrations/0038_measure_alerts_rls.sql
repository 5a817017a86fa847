-- Tenancy and privacy wall for the caseload's measure alerts. Staff who may see the couple read its
-- row; clients have no access at all. Nobody writes the table directly: the app role holds SELECT
-- only, and the rows change through app_refresh_couple_measure_alerts, which the app calls in the
-- same transaction as every answer and threshold change. It is SECURITY DEFINER because the
-- recompute runs in the answering partner's transaction too, and that partner may read neither
-- the other partner's answers or scores nor the alerts: the function works them out inside the
-- database and hands nothing back. It recomputes only couples of the current practice the caller
-- belongs to (a client: their own couple; staff: the couples they see); the system connection
-- (superuser or BYPASSRLS, without SET ROLE: the seed, the reconcile command) may name any practice,
-- as audit_chain_head allows.
--
-- The rules are those of server/services/measures/measure-alerts.ts (the couple page computes
-- them in TypeScript); measure-alerts-parity.int.test.ts holds the two to the same answers:
-- - worse: a partner's latest answer reliably worse than their first (at least two answers);
-- - not improving: at least the practice's N answers, a first answer at or past the cut-off, and no
--   reliable change either way;
-- - alliance split (session feedback): at the latest occasion (a session, or the UTC day) both
--   partners answered, a gap of at least the practice's threshold; or a partner's latest answer
--   that far below their previous one.
-- p_built_in carries the built-in measures' rules (reliableChange, clinicalCutOff, better) from the
-- catalogue; a practice's own measures' rules are read from practice_measures.
CREATE FUNCTION app_is_system_connection() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT current_setting('role') = 'none'
  AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls)) $$;
--> statement-breakpoint
CREATE FUNCTION app_refresh_couple_measure_alerts(p_practice_id uuid, p_couple_ids uuid[], p_built_in jsonb)
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
    RAISE EXCEPTION 'app_refresh_couple_measure_alerts: a couple the caller may not recompute'
      USING ERRCODE = '42501';
  END IF;
  DELETE FROM couple_measure_alerts a WHERE a.practice_id = p_practice_id AND a.couple_id = ANY (allowed);
  INSERT INTO couple_measure_alerts (practice_id, couple_id, not_improving, worse, alliance_split)
  WITH thresholds AS (
    SELECT p.measure_not_improving_after AS after_answers, p.measure_alliance_split_gap AS gap
    FROM practices p WHERE p.id = p_practice_id
  ),
  rules AS (
    SELECT m.key AS slug, (m.value->>'reliableChange')::numeric AS reliable_change,
      (m.value->>'clinicalCutOff')::numeric AS cut_off, m.value->>'better' AS better
    FROM jsonb_each(p_built_in) m
    UNION ALL
    SELECT 'pm-' || pm.id::text, (pm.definition->>'reliableChange')::numeric,
      (pm.definition->>'clinicalCutOff')::numeric, pm.definition->>'better'
    FROM practice_measures pm WHERE pm.practice_id = p_practice_id
  ),
  answers AS (
    SELECT r.couple_id, r.partner_id, r.measure_slug, r.score, r.submitted_at, r.id,
      coalesce(r.session_id::text, to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) AS occasion,
      row_number() OVER (PARTITION BY r.couple_id, r.partner_id, r.measure_slug ORDER BY r.submitted_at, r.id) AS nth,
      count(*) OVER (PARTITION BY r.couple_id, r.partner_id, r.measure_slug) AS answers
    FROM measure_responses r
    WHERE r.practice_id = p_practice_id AND r.couple_id = ANY (allowed)
  ),
  series AS (
    SELECT a.couple_id, max(a.answers) AS answers, max(u.reliable_change) AS reliable_change,
      max(u.cut_off) AS cut_off, max(u.better) AS better,
      max(a.score) FILTER (WHERE a.nth = 1) AS baseline,
      -- How much better the latest answer is than the first, in the measure's direction.
      (max(a.score) FILTER (WHERE a.nth = a.answers) - max(a.score) FILTER (WHERE a.nth = 1))
        * CASE WHEN max(u.better) = 'lower' THEN -1 ELSE 1 END AS gain
    FROM answers a JOIN rules u ON u.slug = a.measure_slug
    GROUP BY a.couple_id, a.partner_id, a.measure_slug
  ),
  progress AS (
    SELECT s.couple_id,
      bool_or(s.gain < s.reliable_change AND -s.gain >= s.reliable_change) AS worse,
      bool_or(s.gain < s.reliable_change AND -s.gain < s.reliable_change
        AND s.answers >= (SELECT after_answers FROM thresholds)
        AND CASE WHEN s.better = 'lower' THEN s.baseline >= s.cut_off ELSE s.baseline <= s.cut_off END)
        AS not_improving
    FROM series s
    WHERE s.answers >= 2 AND s.reliable_change IS NOT NULL
    GROUP BY s.couple_id
  ),
  feedback AS (
    SELECT * FROM answers WHERE measure_slug = 'session-feedback'
  ),
  first_partner AS (
    SELECT DISTINCT ON (f.couple_id) f.couple_id, f.partner_id
    FROM feedback f ORDER BY f.couple_id, f.submitted_at, f.id
  ),
  latest_shared AS (
    SELECT DISTINCT ON (a.couple_id) a.couple_id, a.score AS mine,
      (SELECT b.score FROM feedback b
        WHERE b.couple_id = a.couple_id AND b.partner_id <> a.partner_id AND b.occasion = a.occasion
        ORDER BY b.submitted_at, b.id LIMIT 1) AS theirs
    FROM feedback a JOIN first_partner p ON p.couple_id = a.couple_id AND p.partner_id = a.partner_id
    WHERE EXISTS (SELECT 1 FROM feedback b
      WHERE b.couple_id = a.couple_id AND b.partner_id <> a.partner_id AND b.occasion = a.occasion)
    ORDER BY a.couple_id, a.submitted_at DESC, a.id DESC
  ),
  split AS (
    SELECT s.couple_id FROM latest_shared s WHERE abs(s.mine - s.theirs) >= (SELECT gap FROM thresholds)
    UNION
    SELECT latest.couple_id FROM feedback latest
    JOIN feedback previous ON previous.couple_id = latest.couple_id
      AND previous.partner_id = latest.partner_id AND previous.nth = latest.nth - 1
    WHERE latest.nth = latest.answers AND previous.score - latest.score >= (SELECT gap FROM thresholds)
  ),
  kinds AS (
    SELECT c.id AS couple_id, coalesce(p.not_improving, false) AS not_improving,
      coalesce(p.worse, false) AS worse, c.id IN (SELECT couple_id FROM split) AS alliance_split
    FROM unnest(allowed) AS c(id) LEFT JOIN progress p ON p.couple_id = c.id
  )
  SELECT p_practice_id, k.couple_id, k.not_improving, k.worse, k.alliance_split
  FROM kinds k WHERE k.not_improving OR k.worse OR k.alliance_split;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_is_system_connection() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_refresh_couple_measure_alerts(uuid, uuid[], jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_system_connection(), app_refresh_couple_measure_alerts(uuid, uuid[], jsonb)
  TO ninefold_app;
--> statement-breakpoint
GRANT SELECT ON couple_measure_alerts TO ninefold_app;
--> statement-breakpoint
ALTER TABLE couple_measure_alerts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE couple_measure_alerts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY couple_measure_alerts_staff_read ON couple_measure_alerts FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
