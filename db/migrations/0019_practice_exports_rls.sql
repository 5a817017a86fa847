-- Data export: owners and admins of the practice request exports, follow them and download the
-- file; the worker (owner connection) builds them. A client may delete their own private answers,
-- and staff may do so on the partner's request through a narrow function (staff never read them).
CREATE FUNCTION app_is_practice_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (
  SELECT 1 FROM memberships
  WHERE practice_id = app_practice_id() AND user_id = app_user_id()
    AND status = 'active' AND role IN ('owner', 'admin')
) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_is_practice_admin() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_practice_admin() TO ninefold_app;
--> statement-breakpoint
ALTER TABLE practice_exports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_exports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_exports_admin_read ON practice_exports FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_practice_admin()));
--> statement-breakpoint
CREATE POLICY practice_exports_admin_request ON practice_exports FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_practice_admin())
    AND status = 'queued' AND progress_done = 0 AND lease_until IS NULL);
--> statement-breakpoint
GRANT SELECT, INSERT ON practice_exports TO ninefold_app;
--> statement-breakpoint
ALTER TABLE practice_export_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_export_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_export_files_admin_read ON practice_export_files FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_practice_admin()));
--> statement-breakpoint
GRANT SELECT ON practice_export_files TO ninefold_app;
--> statement-breakpoint
-- The author's own private answers only: joint answers, shared ones and the partner's stay.
CREATE POLICY responses_author_delete_private ON responses FOR DELETE
  USING (practice_id = (SELECT app_practice_id())
    AND partner_id = (SELECT app_partner_id()) AND visibility = 'private');
--> statement-breakpoint
GRANT DELETE ON responses TO ninefold_app;
--> statement-breakpoint
-- Staff delete a partner's private answers when the partner asks (e.g. on leaving): they never
-- see them, so this deletes without reading and answers only how many went.
CREATE FUNCTION app_delete_partner_private_answers(p_partner_id uuid) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ WITH gone AS (
  DELETE FROM responses
  WHERE practice_id = app_practice_id() AND app_is_staff()
    AND partner_id = p_partner_id AND visibility = 'private'
  RETURNING 1
) SELECT count(*)::int FROM gone $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_delete_partner_private_answers(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_delete_partner_private_answers(uuid) TO ninefold_app;
