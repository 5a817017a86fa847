-- Tenancy and privacy wall for measures. A partner's answers are theirs and their counselor's: the
-- other partner cannot read them, count them or learn that they exist. Answers are never changed
-- or removed by the app (they are part of the record). The couple's schedule is set by staff who
-- may see the couple; both partners read it (the portal asks what it says).
GRANT SELECT, INSERT, UPDATE, DELETE ON measure_schedules TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON measure_responses TO ninefold_app;
--> statement-breakpoint
ALTER TABLE measure_schedules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measure_schedules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measure_schedules_read ON measure_schedules FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND (couple_id = (SELECT app_client_couple_id()) OR app_staff_sees_couple(couple_id)));
--> statement-breakpoint
CREATE POLICY measure_schedules_staff_insert ON measure_schedules FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
CREATE POLICY measure_schedules_staff_update ON measure_schedules FOR UPDATE
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
CREATE POLICY measure_schedules_staff_delete ON measure_schedules FOR DELETE
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
ALTER TABLE measure_responses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measure_responses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Own rows only for a client: never the partner's, so not even a count of them.
CREATE POLICY measure_responses_read ON measure_responses FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND (partner_id = (SELECT app_partner_id()) OR app_staff_sees_couple(couple_id)));
--> statement-breakpoint
CREATE POLICY measure_responses_own_insert ON measure_responses FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id())
    AND partner_id = (SELECT app_partner_id()) AND couple_id = (SELECT app_client_couple_id()));
