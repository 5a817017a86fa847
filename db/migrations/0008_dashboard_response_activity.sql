-- When each partner last worked on homework, for the staff's caseload dashboard: times only, never
-- an answer or its visibility. responses_read rightly hides drafts and private answers from staff,
-- but "overdue", "completed since the last session" and "quiet" must count them. Takes the couples
-- of one dashboard page (or caseload) at once, so one call serves the whole statement and the
-- lookup uses responses_practice_couple_idx.
CREATE FUNCTION app_staff_response_activity(p_couple_ids uuid[])
  RETURNS TABLE (couple_id uuid, assignment_id uuid, partner_id uuid, submitted_at timestamptz, updated_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT r.couple_id, r.assignment_id, r.partner_id, r.submitted_at, r.updated_at FROM responses r
  WHERE r.practice_id = app_practice_id() AND app_is_staff() AND r.couple_id = ANY (p_couple_ids) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_staff_response_activity(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_staff_response_activity(uuid[]) TO ninefold_app;
