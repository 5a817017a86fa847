-- Tenancy wall: the app role, the tenant settings helpers, forced row-level security and grants.
-- Hand-written because drizzle-kit does not generate roles, FORCE or grants.
DO $$ BEGIN
  CREATE ROLE ninefold_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT ninefold_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION app_practice_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.practice_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
-- SECURITY DEFINER so policies can ask about memberships without recursing through their own RLS.
CREATE FUNCTION app_is_staff() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (
  SELECT 1 FROM memberships
  WHERE practice_id = app_practice_id() AND user_id = app_user_id()
    AND status = 'active' AND role <> 'client'
) $$;
--> statement-breakpoint
CREATE FUNCTION app_client_couple_id() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT p.couple_id FROM partners p
  JOIN memberships m ON m.practice_id = p.practice_id AND m.user_id = p.user_id
  WHERE p.practice_id = app_practice_id() AND p.user_id = app_user_id() AND m.status = 'active'
  LIMIT 1 $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_is_staff() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_client_couple_id() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_staff(), app_client_couple_id() TO ninefold_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, UPDATE ON practices TO ninefold_app;
--> statement-breakpoint
GRANT SELECT ON users TO ninefold_app;
--> statement-breakpoint
GRANT UPDATE (name) ON users TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON memberships, couples, partners, invitations TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO ninefold_app;
--> statement-breakpoint
GRANT INSERT ON email_outbox TO ninefold_app;
--> statement-breakpoint
-- ON CONFLICT (idempotency_key) needs to read the key column, and only that.
GRANT SELECT (idempotency_key) ON email_outbox TO ninefold_app;
--> statement-breakpoint
ALTER TABLE practices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A member sees the current practice and the names of the other practices they belong to.
CREATE POLICY practices_member ON practices FOR SELECT
  USING (id = (SELECT app_practice_id()) OR id IN (SELECT practice_id FROM memberships WHERE user_id = (SELECT app_user_id())));
--> statement-breakpoint
-- Practice settings are edited by its staff; procedures narrow that to owners and admins.
CREATE POLICY practices_staff_write ON practices FOR UPDATE
  USING (id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Yourself, and the people whose memberships you can see in the current practice.
CREATE POLICY users_visible ON users FOR SELECT
  USING (id = (SELECT app_user_id()) OR id IN (SELECT user_id FROM memberships WHERE practice_id = (SELECT app_practice_id())));
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Staff see the whole team; a client sees the staff and their own membership, never other clients.
CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND ((SELECT app_is_staff()) OR user_id = (SELECT app_user_id()) OR role <> 'client'));
--> statement-breakpoint
CREATE POLICY memberships_own ON memberships FOR SELECT USING (user_id = (SELECT app_user_id()));
--> statement-breakpoint
CREATE POLICY memberships_staff_write ON memberships
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE couples ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE couples FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY couples_read ON couples FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND ((SELECT app_is_staff()) OR id = (SELECT app_client_couple_id())));
--> statement-breakpoint
CREATE POLICY couples_staff_write ON couples
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE partners ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE partners FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY partners_read ON partners FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND ((SELECT app_is_staff()) OR couple_id = (SELECT app_client_couple_id())));
--> statement-breakpoint
CREATE POLICY partners_staff_write ON partners
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY invitations_staff ON invitations
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_read ON audit_events FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
CREATE POLICY audit_events_append ON audit_events FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND actor_user_id = (SELECT app_user_id()));
--> statement-breakpoint
CREATE POLICY users_self_update ON users FOR UPDATE USING (id = (SELECT app_user_id()));
