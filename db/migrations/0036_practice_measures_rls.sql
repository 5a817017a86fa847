-- Practice measures: every member of the practice's staff reads them; only owners and admins
-- enter, edit and retire them (never delete: answers keep their meaning). A client reads only the
-- measures asked of their own couple, or ones they answered (for their own export): never another
-- practice's, never the rest of their own practice's list.
GRANT SELECT, INSERT, UPDATE ON practice_measures TO ninefold_app;
--> statement-breakpoint
ALTER TABLE practice_measures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_measures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_measures_read ON practice_measures FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND ((SELECT app_is_staff())
      OR EXISTS (SELECT 1 FROM measure_schedules s
        WHERE s.practice_id = practice_measures.practice_id
          AND s.couple_id = (SELECT app_client_couple_id())
          AND s.practice_measure_id = practice_measures.id)
      OR EXISTS (SELECT 1 FROM measure_responses r
        WHERE r.practice_id = practice_measures.practice_id
          AND r.partner_id = (SELECT app_partner_id())
          AND r.practice_measure_id = practice_measures.id)));
--> statement-breakpoint
CREATE POLICY practice_measures_admin_insert ON practice_measures FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_practice_admin()));
--> statement-breakpoint
CREATE POLICY practice_measures_admin_update ON practice_measures FOR UPDATE
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_practice_admin()))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_practice_admin()));
--> statement-breakpoint
-- Answers are stored by item order: once anyone has answered, what the measure asks and how it
-- scores is sealed (titles and the licence note may still be corrected). Definer rights, so the
-- check sees every answer whoever edits.
CREATE FUNCTION refuse_answered_practice_measure_change() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF NEW.definition IS DISTINCT FROM OLD.definition AND EXISTS (
    SELECT 1 FROM measure_responses
    WHERE practice_id = OLD.practice_id AND practice_measure_id = OLD.id
  ) THEN
    RAISE EXCEPTION 'practice measure % has answers: its questions and scoring are sealed', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION refuse_answered_practice_measure_change() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER practice_measures_sealed_when_answered BEFORE UPDATE ON practice_measures
  FOR EACH ROW EXECUTE FUNCTION refuse_answered_practice_measure_change();
--> statement-breakpoint
-- A retired measure is asked of no new couple: a schedule may be changed or removed, not added.
-- After the insert, when the generated practice_measure_id is known (an upsert that updates fires
-- no insert trigger).
CREATE FUNCTION refuse_retired_measure_schedule() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF NEW.practice_measure_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM practice_measures
    WHERE practice_id = NEW.practice_id AND id = NEW.practice_measure_id AND retired_at IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'practice measure % is retired', NEW.practice_measure_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION refuse_retired_measure_schedule() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER measure_schedules_not_retired AFTER INSERT ON measure_schedules
  FOR EACH ROW EXECUTE FUNCTION refuse_retired_measure_schedule();
