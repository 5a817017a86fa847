-- How far each partner has got with their couple's homework, without the answer itself. The
-- responses_read policy rightly hides a partner's draft, private or counselor-only answer row; the
-- portal still needs to say "Sam: in progress". This returns only the status, only for the
-- caller's own couple and only for homework that is for both partners or for the caller.
CREATE FUNCTION app_response_status(p_assignment_id uuid, p_partner_id uuid) RETURNS response_status
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT r.status FROM responses r
  JOIN assignments a ON a.practice_id = r.practice_id AND a.id = r.assignment_id
  WHERE r.practice_id = app_practice_id()
    AND r.assignment_id = p_assignment_id
    AND r.partner_id IS NOT DISTINCT FROM p_partner_id
    AND r.couple_id = app_client_couple_id()
    AND (a.partner_id IS NULL OR a.partner_id = app_partner_id()) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_response_status(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_response_status(uuid, uuid) TO ninefold_app;
