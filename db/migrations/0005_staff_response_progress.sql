-- How far each partner has got, for the practice's staff: status, visibility and time, never the
-- answer. responses_read rightly hides drafts and private answers from staff, but a counselor
-- still needs "in progress" and "sent privately", and must not change homework someone started.
CREATE FUNCTION app_staff_response_progress(p_assignment_ids uuid[])
  RETURNS TABLE (assignment_id uuid, partner_id uuid, status response_status, visibility answer_visibility, submitted_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT r.assignment_id, r.partner_id, r.status, r.visibility, r.submitted_at FROM responses r
  WHERE r.practice_id = app_practice_id() AND app_is_staff() AND r.assignment_id = ANY (p_assignment_ids) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_staff_response_progress(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_staff_response_progress(uuid[]) TO ninefold_app;
