-- Two-factor sign-in. The authenticator secrets and recovery code hashes are read and written only
-- on the system connection (no grant to the app role, like auth_sessions and magic_links). The app
-- role may ask one question: does the signed-in user (app.user_id) have two-factor sign-in on? The
-- procedure ladder asks it when a practice requires two-factor sign-in of its staff.
CREATE FUNCTION app_two_factor_enabled() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (
  SELECT 1 FROM user_two_factor WHERE user_id = app_user_id() AND enabled_at IS NOT NULL
) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_two_factor_enabled() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_two_factor_enabled() TO ninefold_app;
--> statement-breakpoint
-- The requirement is changed by owners only: procedures check the role; the app role keeps its
-- existing UPDATE on practices (policy practices_staff_write).
COMMENT ON COLUMN practices.require_two_factor IS 'Staff must use two-factor sign-in to work in this practice';
