-- Tenancy wall for homework. The library is shared by all; everything else is a practice's.
-- Answers carry their own visibility, enforced here as well as in the services.
CREATE FUNCTION app_partner_id() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT p.id FROM partners p
  JOIN memberships m ON m.practice_id = p.practice_id AND m.user_id = p.user_id
  WHERE p.practice_id = app_practice_id() AND p.user_id = app_user_id() AND m.status = 'active'
  LIMIT 1 $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_partner_id() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_partner_id() TO ninefold_app;
--> statement-breakpoint
GRANT SELECT ON exercises TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON practice_exercises, assignments, responses TO ninefold_app;
--> statement-breakpoint
ALTER TABLE exercises ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE exercises FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The global library holds no practice's data: anyone the app serves may read it, nobody may write.
CREATE POLICY exercises_read ON exercises FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE practice_exercises ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_exercises FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_exercises_staff ON practice_exercises
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assignments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A client sees their couple's homework that is for both partners or for them.
CREATE POLICY assignments_read ON assignments FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND ((SELECT app_is_staff())
      OR (couple_id = (SELECT app_client_couple_id())
        AND (partner_id IS NULL OR partner_id = (SELECT app_partner_id())))));
--> statement-breakpoint
CREATE POLICY assignments_staff_write ON assignments
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE responses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE responses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Your own answer (or your couple's shared one) always; a submitted answer marked counselor or
-- couple to staff; a submitted answer marked couple to the partner. Private means the author only.
CREATE POLICY responses_read ON responses FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND (partner_id = (SELECT app_partner_id())
      OR (partner_id IS NULL AND couple_id = (SELECT app_client_couple_id()))
      OR (status = 'submitted' AND visibility <> 'private' AND (SELECT app_is_staff()))
      OR (status = 'submitted' AND visibility = 'couple' AND couple_id = (SELECT app_client_couple_id()))));
--> statement-breakpoint
-- Only the author writes an answer; staff never change one.
CREATE POLICY responses_author_insert ON responses FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id())
    AND (partner_id = (SELECT app_partner_id())
      OR (partner_id IS NULL AND couple_id = (SELECT app_client_couple_id()))));
--> statement-breakpoint
CREATE POLICY responses_author_update ON responses FOR UPDATE
  USING (practice_id = (SELECT app_practice_id())
    AND (partner_id = (SELECT app_partner_id())
      OR (partner_id IS NULL AND couple_id = (SELECT app_client_couple_id()))))
  WITH CHECK (practice_id = (SELECT app_practice_id())
    AND (partner_id = (SELECT app_partner_id())
      OR (partner_id IS NULL AND couple_id = (SELECT app_client_couple_id()))));
